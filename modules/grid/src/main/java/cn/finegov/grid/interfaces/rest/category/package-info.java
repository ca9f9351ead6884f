/**
 * REST of the categories and routing rules ({@code /api/v1/grid/categories}, {@code
 * /routing-rules}).
 */
package cn.finegov.grid.interfaces.rest.category;

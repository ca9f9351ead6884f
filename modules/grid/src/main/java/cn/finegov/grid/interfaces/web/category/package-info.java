/** The categories and routing rules screen ({@code /grid/categories.xhtml}). */
package cn.finegov.grid.interfaces.web.category;

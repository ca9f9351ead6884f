/**
 * Use cases of the grid tree and the grid groups: reading, changing, importing and exporting grids
 * (GeoJSON, Excel), and the groups that look after unit grids.
 */
package cn.finegov.grid.application.grid;

/** REST resources of the grid tree, the grid groups and the map. */
package cn.finegov.grid.interfaces.rest.grid;

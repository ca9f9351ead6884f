/** The grid tree (street, community, unit grid) and its codes. */
package cn.finegov.grid.domain.model.grid;

/** The grid administration screen: the grid tree, a grid's form and outline, import and export. */
package cn.finegov.grid.interfaces.web.grid;

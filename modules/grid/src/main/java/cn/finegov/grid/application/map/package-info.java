/** The grid map: grids coloured by their open cases, and the open cases as markers. */
package cn.finegov.grid.application.map;

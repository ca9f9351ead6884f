/** The grid map screen. */
package cn.finegov.grid.interfaces.web.map;

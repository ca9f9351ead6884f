/** REST resources of the component inventory: list, read, register, change, import, export. */
package cn.finegov.grid.interfaces.rest.component;

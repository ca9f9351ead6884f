/** The components screen: lazy list with filters, edit dialog, import and export. */
package cn.finegov.grid.interfaces.web.component;

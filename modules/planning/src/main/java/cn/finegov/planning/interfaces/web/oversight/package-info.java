/** Screens of the statutory cycle's oversight: the "who is late" page and its dashboard card. */
package cn.finegov.planning.interfaces.web.oversight;

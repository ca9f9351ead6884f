/** REST of the statutory cycle's oversight: who is late (JSON and Excel), and the reminder run. */
package cn.finegov.planning.interfaces.rest.oversight;

/**
 * What other modules and integration flows may use of the grid module: taking in cases from
 * external systems and the event every step of a case fires.
 */
package cn.finegov.grid.api;

/**
 * Categories and routing rules as reference data: loading the shipped category file at start,
 * administration by the module administrator (time limits, default units, public flag, routing
 * rules), each change audited.
 */
package cn.finegov.grid.application.category;

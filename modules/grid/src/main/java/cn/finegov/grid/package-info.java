/**
 * The grid module: grids and grid workers, road chiefs, component and event categories with their
 * time limits, the component inventory, and the digital city-management case workflow.
 */
package cn.finegov.grid;

/**
 * Use cases of the component inventory: list with filters, register and change, import from Excel
 * or GeoJSON (all rows or none, every bad row reported), Excel export, and the photos' access
 * policy.
 */
package cn.finegov.grid.application.component;

/**
 * Lineage across modules: which record came from which ("case came from ticket", "task came from
 * meeting decision"). Modules record a link when they derive one record from another and read the
 * origins and descendants of a record without knowing the other module's classes.
 */
package cn.finegov.kernel.api.lineage;

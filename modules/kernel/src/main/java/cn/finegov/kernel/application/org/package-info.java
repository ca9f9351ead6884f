/**
 * Maintaining the organisation tree: by administrators on screen and REST, and by directory
 * synchronisation.
 */
package cn.finegov.kernel.application.org;

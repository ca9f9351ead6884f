/**
 * The kernel's downloads: organisation, users, roles; used by its screens and the exports screen.
 */
package cn.finegov.kernel.application.export;

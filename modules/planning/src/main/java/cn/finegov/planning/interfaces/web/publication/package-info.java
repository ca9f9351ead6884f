/**
 * The published plans: the staff page with exports and committee reports, and the public page of a
 * published plan (no sign-in).
 */
package cn.finegov.planning.interfaces.web.publication;

/**
 * Permissions of the installed modules, roles as bundles of them, and the rule that keeps the three
 * administrator duties apart (三员分立).
 */
package cn.finegov.kernel.application.role;

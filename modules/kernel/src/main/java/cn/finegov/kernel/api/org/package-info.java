/**
 * The organisation directory as other modules see it: unit types, unit codes and read-only unit
 * summaries.
 */
package cn.finegov.kernel.api.org;

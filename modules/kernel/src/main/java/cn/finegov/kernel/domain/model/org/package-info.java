/**
 * The organisation tree: units with codes and types, placed under each other by the rules of their
 * types.
 */
package cn.finegov.kernel.domain.model.org;

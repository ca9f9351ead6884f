/**
 * Audit entries: append-only records of who changed what, when, from where, with before and after
 * values.
 */
package cn.finegov.kernel.domain.model.audit;

/**
 * Writing audit entries in the caller's transaction, and searching them for the audit
 * administrator.
 */
package cn.finegov.kernel.application.audit;

/** The audit log every module writes to, in the same transaction as the change it records. */
package cn.finegov.kernel.api.audit;

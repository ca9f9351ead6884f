/**
 * Idempotent repositories kept in the database, so that a resend or a restart never processes a
 * message twice.
 */
package cn.finegov.integration.runtime.idempotent;

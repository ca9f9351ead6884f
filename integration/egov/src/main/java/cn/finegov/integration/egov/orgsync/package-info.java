/**
 * Organisation directory synchronisation. The platform drops a CSV file (UTF-8 or GBK, its own
 * column names) into an exchange directory or onto an SFTP server; the route reads it once
 * (idempotent on the file's SHA-256), records the import and queues it in the JMS inbox in one
 * transaction; the inbox handler applies each row in a transaction of its own (create, update,
 * move, deactivate, reactivate; audited), sends each bad row to the dead letters with its row
 * number and reason, and counts the outcome.
 */
package cn.finegov.integration.egov.orgsync;

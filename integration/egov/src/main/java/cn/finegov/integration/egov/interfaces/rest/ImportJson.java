package cn.finegov.integration.egov.interfaces.rest;

import cn.finegov.integration.egov.orgsync.ImportRecord;
import java.time.Instant;

/**
 * An import in REST answers.
 *
 * @param id identifier
 * @param fileName the file's name
 * @param messageId SHA-256 of the file
 * @param channel file, sftp, upload or replay
 * @param charset the charset it was read with
 * @param status QUEUED, DUPLICATE, APPLIED, PARTIAL or FAILED
 * @param receivedAt when it was received
 * @param finishedAt when it was applied
 * @param rows data rows
 * @param created units created
 * @param updated units changed
 * @param deactivated units dissolved
 * @param reactivated units back in use
 * @param unchanged rows that matched already
 * @param rejected rows sent to the dead letters
 * @param note why it failed
 */
public record ImportJson(
    long id,
    String fileName,
    String messageId,
    String channel,
    String charset,
    String status,
    Instant receivedAt,
    Instant finishedAt,
    int rows,
    int created,
    int updated,
    int deactivated,
    int reactivated,
    int unchanged,
    int rejected,
    String note) {

  public static ImportJson of(ImportRecord record) {
    return new ImportJson(
        record.id(),
        record.fileName(),
        record.messageId(),
        record.channel(),
        record.charset(),
        record.status().name(),
        record.receivedAt(),
        record.finishedAt(),
        record.rowsTotal(),
        record.created(),
        record.updated(),
        record.deactivated(),
        record.reactivated(),
        record.unchanged(),
        record.rejected(),
        record.note());
  }
}

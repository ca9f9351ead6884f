package cn.finegov.integration.egov.orgsync;

import cn.finegov.integration.runtime.api.DeadLetters;
import cn.finegov.integration.runtime.api.Inbox;
import cn.finegov.integration.runtime.idempotent.IdempotentRepositories;
import cn.finegov.kernel.api.i18n.MessageSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.spi.IdempotentRepository;

/** The step of the intake routes that touches the suite: reading a file and queueing it once. */
@ApplicationScoped
public class OrgSyncIntake {

  /** Header: the file's SHA-256, the message id of the platform's file. */
  public static final String MESSAGE_ID = "GovernanceMessageId";

  /** Header: how the file came (file, sftp, upload). */
  public static final String CHANNEL = "GovernanceChannel";

  /** Header set on the exchange: the import record's identifier. */
  public static final String IMPORT_ID = "GovernanceImportId";

  /** Header set on the exchange: the import record's status (QUEUED or DUPLICATE). */
  public static final String IMPORT_STATUS = "GovernanceImportStatus";

  @Inject private OrgSyncImports imports;
  @Inject private IdempotentRepositories repositories;
  @Inject private Inbox inbox;
  @Inject private OrgSyncSettings settings;
  @Inject private MessageSource messages;

  /**
   * Reads the file (bytes as received, or text when a dead letter is replayed), records it and
   * queues it. A file that cannot be read is recorded as failed and the error goes on to the dead
   * letters.
   */
  public void accept(Exchange exchange) {
    Message in = exchange.getIn();
    String fileName = in.getHeader(DeadLetters.SOURCE, String.class);
    String messageId = in.getHeader(MESSAGE_ID, String.class);
    OrgDirectoryParser parser = new OrgDirectoryParser(settings.format());
    OrgDirectoryBatch batch;
    try {
      Object body = in.getBody();
      if (body instanceof String text) {
        batch =
            parser.parse(
                text,
                fileName,
                messageId == null ? OrgDirectoryParser.sha256(text) : messageId,
                "UTF-8");
      } else {
        batch = parser.parse(in.getBody(byte[].class), fileName);
      }
    } catch (InvalidDirectoryFileException e) {
      imports.failed(
          fileName,
          messageId == null ? "?" : messageId,
          channel(in),
          messages.describe(MessageSource.CHINESE, e));
      throw e;
    }
    in.setHeader(MESSAGE_ID, batch.messageId());
    ImportRecord record = queueOnce(batch, channel(in));
    in.setHeader(IMPORT_ID, record.id());
    in.setHeader(IMPORT_STATUS, record.status().name());
  }

  /**
   * Queues a file once, durable before the route moves it away: the file is recorded, queued in the
   * inbox outside any transaction (a persistent JMS send is durable when it returns), and only then
   * is its content remembered. A crash in between leaves the file where it was, to be read and
   * queued again; applying the same content twice changes nothing. The opposite order, or all of it
   * in one transaction, could lose the file: the database is not an XA resource, so it commits last
   * and on its own (last agent), and a crash after that commit but before the broker's left the
   * content remembered but never queued, and the file read again counted as a duplicate.
   */
  ImportRecord queueOnce(OrgDirectoryBatch batch, String channel) {
    IdempotentRepository files = repositories.named(OrgSyncImports.FILE_REPOSITORY);
    if (files.contains(batch.messageId())) {
      return imports.received(batch, channel, true);
    }
    ImportRecord record = imports.received(batch, channel, false);
    inbox.enqueue(
        OrgDirectoryRoutes.FLOW,
        batch.messageId(),
        BatchJson.write(batch),
        Map.of(DeadLetters.SOURCE, batch.fileName() == null ? "" : batch.fileName()));
    // false: a copy of the same content read at the same time remembered it first; both are
    // queued, and the second application changes nothing.
    files.add(batch.messageId());
    return record;
  }

  private static String channel(Message in) {
    return in.getHeader(CHANNEL, "replay", String.class);
  }
}

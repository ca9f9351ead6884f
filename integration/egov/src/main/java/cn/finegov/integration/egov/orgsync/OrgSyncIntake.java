package cn.finegov.integration.egov.orgsync;

import cn.finegov.integration.runtime.api.DeadLetters;
import cn.finegov.kernel.api.i18n.MessageSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

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
    ImportRecord record = imports.queueOnce(batch, channel(in));
    in.setHeader(IMPORT_ID, record.id());
    in.setHeader(IMPORT_STATUS, record.status().name());
  }

  private static String channel(Message in) {
    return in.getHeader(CHANNEL, "replay", String.class);
  }
}

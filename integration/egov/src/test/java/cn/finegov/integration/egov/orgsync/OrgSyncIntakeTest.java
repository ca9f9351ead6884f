package cn.finegov.integration.egov.orgsync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.finegov.integration.runtime.api.DeadLetters;
import cn.finegov.integration.runtime.api.Inbox;
import cn.finegov.integration.runtime.idempotent.IdempotentRepositories;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.junit.jupiter.api.Test;

/**
 * The order of a file's intake: recorded, queued, and only then remembered. Whatever step fails, a
 * file's content is never remembered without being queued (the file read again would count as a
 * duplicate and its rows never be applied).
 */
class OrgSyncIntakeTest {

  private final OrgDirectoryBatch batch =
      new OrgDirectoryBatch("directory.csv", "sha-256-of-the-file", "UTF-8", List.of());
  private final MemoryIdempotentRepository files = new MemoryIdempotentRepository();
  private final List<ImportStatus> records = new ArrayList<>();
  private final List<String> queued = new ArrayList<>();
  private RuntimeException refusal;
  private RuntimeException crashAfterSend;
  private final OrgSyncIntake intake = new OrgSyncIntake();

  OrgSyncIntakeTest() throws ReflectiveOperationException {
    files.start();
    inject("imports", new RecordingImports());
    inject(
        "repositories",
        new IdempotentRepositories() {
          @Override
          public IdempotentRepository named(String name) {
            assertThat(name).isEqualTo(OrgSyncImports.FILE_REPOSITORY);
            return files;
          }
        });
    inject(
        "inbox",
        new Inbox() {
          @Override
          public void enqueue(
              String flow, String messageId, String body, Map<String, String> headers) {
            if (refusal != null) {
              throw refusal;
            }
            assertThat(flow).isEqualTo(OrgDirectoryRoutes.FLOW);
            assertThat(headers).containsEntry(DeadLetters.SOURCE, "directory.csv");
            queued.add(messageId);
            if (crashAfterSend != null) {
              throw crashAfterSend;
            }
          }

          @Override
          public void enqueueAll(String flow, List<Item> items, Map<String, String> headers) {
            throw new AssertionError("the directory file is queued alone");
          }

          @Override
          public long waiting(String flow) {
            return queued.size();
          }
        });
  }

  @Test
  void aNewFileIsRecordedQueuedAndRememberedAndTheSameContentAgainIsADuplicate() {
    assertThat(intake.queueOnce(batch, "file").status()).isEqualTo(ImportStatus.QUEUED);
    assertThat(intake.queueOnce(batch, "sftp").status()).isEqualTo(ImportStatus.DUPLICATE);
    assertThat(queued).containsExactly("sha-256-of-the-file");
    assertThat(records).containsExactly(ImportStatus.QUEUED, ImportStatus.DUPLICATE);
  }

  @Test
  void whenTheQueueRefusesTheContentIsNotRememberedAndTheFileReadAgainIsQueued() {
    refusal = new IllegalStateException("broker down");
    assertThatThrownBy(() -> intake.queueOnce(batch, "file")).hasMessage("broker down");
    assertThat(files.contains(batch.messageId())).isFalse();

    refusal = null;
    assertThat(intake.queueOnce(batch, "file").status()).isEqualTo(ImportStatus.QUEUED);
    assertThat(queued).containsExactly("sha-256-of-the-file");
  }

  @Test
  void aCrashAfterTheSendLeavesTheContentUnrememberedSoTheFileReadAgainIsQueuedAgain() {
    crashAfterSend = new IllegalStateException("the process died here");
    assertThatThrownBy(() -> intake.queueOnce(batch, "file")).hasMessage("the process died here");
    crashAfterSend = null;

    // The file was not moved away: read again, it is queued a second time (applying twice changes
    // nothing), and only then remembered.
    assertThat(intake.queueOnce(batch, "file").status()).isEqualTo(ImportStatus.QUEUED);
    assertThat(queued).containsExactly("sha-256-of-the-file", "sha-256-of-the-file");
    assertThat(intake.queueOnce(batch, "file").status()).isEqualTo(ImportStatus.DUPLICATE);
  }

  private void inject(String name, Object value) throws ReflectiveOperationException {
    Field field = OrgSyncIntake.class.getDeclaredField(name);
    field.setAccessible(true);
    field.set(intake, value);
  }

  /** The import log without a database: the statuses recorded, in order. */
  private final class RecordingImports extends OrgSyncImports {
    @Override
    public ImportRecord received(OrgDirectoryBatch file, String channel, boolean duplicate) {
      ImportStatus status = duplicate ? ImportStatus.DUPLICATE : ImportStatus.QUEUED;
      records.add(status);
      return new ImportRecord(
          file.messageId(),
          file.fileName(),
          channel,
          file.charset(),
          status,
          file.rows().size(),
          Instant.parse("2026-11-23T06:00:00Z"));
    }
  }
}

package cn.finegov.integration.egov.orgsync;

import cn.finegov.integration.egov.EgovModule;
import cn.finegov.integration.runtime.api.DeadLetterDraft;
import cn.finegov.integration.runtime.api.DeadLetters;
import cn.finegov.integration.runtime.api.InboxHandler;
import cn.finegov.integration.runtime.api.InboxMessage;
import cn.finegov.integration.runtime.api.RejectedMessageException;
import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.i18n.MessageSource;
import cn.finegov.kernel.api.org.SyncOutcome;
import cn.finegov.kernel.api.security.KernelPermissions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * Applies a queued directory file: rows in {@link ApplyPlan} order, each in its own transaction; a
 * row that cannot be applied goes to the dead letters with its line number and the reason
 * (replayable on its own), the others are applied. The counts end up on the import record. Applying
 * a file again changes nothing: unchanged units are not written and not audited.
 */
@ApplicationScoped
public class OrgDirectoryBatchHandler implements InboxHandler {

  static final String APPLY_ROUTE = "egov-orgsync-apply";

  @Inject private OrgSyncRowApplier applier;
  @Inject private OrgSyncImports imports;
  @Inject private OrgSyncSettings settings;
  @Inject private DeadLetters deadLetters;
  @Inject private MessageSource messages;

  @Override
  public String flow() {
    return OrgDirectoryRoutes.FLOW;
  }

  @Override
  public String moduleKey() {
    return EgovModule.KEY;
  }

  @Override
  public Set<String> permissions() {
    return Set.of(KernelPermissions.ORG_SYNC);
  }

  @Override
  public void handle(InboxMessage message) {
    OrgDirectoryBatch batch;
    try {
      batch = BatchJson.read(message.body());
    } catch (JsonException | NullPointerException | ClassCastException e) {
      throw new RejectedMessageException(
          messages.get(MessageSource.CHINESE, "orgsync.batch.malformed", e.getMessage()), e);
    }
    Map<SyncOutcome, Integer> counts = new EnumMap<>(SyncOutcome.class);
    int rejected = 0;
    for (ApplyPlan.Step step : ApplyPlan.of(batch, new OrgDirectoryRowMapper(settings.format()))) {
      if (step.rejected()) {
        reject(batch, step.row(), step.rejection());
        rejected++;
        continue;
      }
      try {
        counts.merge(applier.apply(step.unit()), 1, Integer::sum);
      } catch (DomainException refusal) {
        reject(batch, step.row(), refusal);
        rejected++;
      }
    }
    imports.finish(
        batch,
        message.messageId(),
        new ImportRecord.Outcome(
            counts.getOrDefault(SyncOutcome.CREATED, 0),
            counts.getOrDefault(SyncOutcome.UPDATED, 0),
            counts.getOrDefault(SyncOutcome.DEACTIVATED, 0),
            counts.getOrDefault(SyncOutcome.REACTIVATED, 0),
            counts.getOrDefault(SyncOutcome.UNCHANGED, 0),
            rejected));
  }

  private void reject(OrgDirectoryBatch batch, OrgDirectoryBatch.Row row, DomainException reason) {
    String reference = messages.get(MessageSource.CHINESE, "orgsync.row.reference", row.number());
    String rowMessageId = batch.messageId() + ":line:" + row.number();
    deadLetters.record(
        new DeadLetterDraft(
            OrgDirectoryRoutes.FLOW,
            APPLY_ROUTE,
            batch.fileName(),
            reference,
            reference
                + "："
                + messages.get(MessageSource.CHINESE, reason.messageKey(), reason.arguments()),
            reason,
            BatchJson.write(batch.only(row)),
            Map.of(
                DeadLetters.SOURCE,
                batch.fileName() == null ? "" : batch.fileName(),
                "GovernanceReference",
                reference,
                OrgSyncIntake.MESSAGE_ID,
                rowMessageId),
            "inbox:" + OrgDirectoryRoutes.FLOW,
            OrgDirectoryRoutes.FLOW + ":" + rowMessageId));
  }
}

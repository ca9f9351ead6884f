package cn.finegov.kernel.interfaces.web;

import cn.finegov.kernel.api.export.ExcelTable;
import cn.finegov.kernel.api.org.UnitSummary;
import cn.finegov.kernel.api.security.ActorContext;
import cn.finegov.kernel.api.security.KernelPermissions;
import cn.finegov.kernel.application.audit.AuditChainService;
import cn.finegov.kernel.application.audit.AuditEntryView;
import cn.finegov.kernel.application.audit.AuditService;
import cn.finegov.kernel.application.audit.ChainStatus;
import cn.finegov.kernel.application.audit.VerificationView;
import cn.finegov.kernel.application.org.OrganisationService;
import cn.finegov.kernel.domain.model.audit.AuditQuery;
import cn.finegov.kernel.domain.model.audit.AuditVerification.Trigger;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

/**
 * The audit log screen, for the audit administrator: search by actor, unit (with or without the
 * units below), entity, action and time; lazy paging; before and after values side by side; export;
 * and the audit chain: its state, the last verification, "verify now".
 */
@Named("auditLog")
@ViewScoped
public class AuditBean implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int HISTORY = 5;

  @Inject private transient AuditService audit;
  @Inject private transient AuditChainService chain;
  @Inject private transient OrganisationService organisation;
  @Inject private transient ActorContext actors;
  @Inject private transient Faces faces;
  @Inject private transient Messages messages;
  @Inject private transient DisplaySettings display;

  private String actor;
  private UnitSummary unit;
  private boolean unitBelow = true;
  private String entityType;
  private String entityId;
  private String action;
  private LocalDateTime from;
  private LocalDateTime to;

  private ChainStatus chainStatus;
  private List<VerificationView> history;

  private final LazyDataModel<AuditEntryView> model =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) Math.min(Integer.MAX_VALUE, audit.count(query()));
        }

        @Override
        public List<AuditEntryView> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          return audit.search(query(), first, pageSize);
        }

        @Override
        public String getRowKey(AuditEntryView entry) {
          return String.valueOf(entry.id());
        }
      };

  AuditQuery query() {
    Instant start = from == null ? null : from.atZone(display.zone()).toInstant();
    Instant end = to == null ? null : to.atZone(display.zone()).toInstant();
    String unitCode = unit != null && !unitBelow ? unit.code() : null;
    String unitPath = unit != null && unitBelow ? unit.path() : null;
    return new AuditQuery(actor, unitCode, unitPath, entityType, entityId, action, start, end);
  }

  /** Clears every filter. */
  public void reset() {
    actor = null;
    unit = null;
    unitBelow = true;
    entityType = null;
    entityId = null;
    action = null;
    from = null;
    to = null;
  }

  /** Units whose name or code contains the text (the unit picker). */
  public List<UnitSummary> completeUnit(String text) {
    return organisation.search(text, 20);
  }

  /** The entries matching the filter (up to 50,000) as an Excel sheet. */
  public StreamedContent getExport() {
    return DefaultStreamedContent.builder()
        .name("audit.xlsx")
        .contentType(ExcelTable.CONTENT_TYPE)
        .writer(
            Faces.writer(
                out ->
                    ExcelTable.<AuditEntryView>sheet(
                            messages.get("audit.export.sheet"), display.zone())
                        .column("ID", AuditEntryView::id, 10)
                        .column(messages.get("field.occurredAt"), AuditEntryView::occurredAt, 20)
                        .column(messages.get("field.actor"), AuditEntryView::actor, 18)
                        .column(messages.get("field.actorName"), AuditEntryView::actorName, 14)
                        .column(messages.get("field.unitCode"), AuditEntryView::actorUnit, 16)
                        .column(
                            messages.get("field.clientAddress"), AuditEntryView::clientAddress, 16)
                        .column(messages.get("field.entityType"), AuditEntryView::entityType, 16)
                        .column(messages.get("field.entityId"), AuditEntryView::entityId, 12)
                        .column(messages.get("field.action"), AuditEntryView::action, 16)
                        .column(messages.get("field.before"), AuditEntryView::before, 50)
                        .column(messages.get("field.after"), AuditEntryView::after, 50)
                        .column(messages.get("audit.field.chain-seq"), AuditEntryView::chainSeq, 10)
                        .column(
                            messages.get("audit.field.algorithm"), AuditEntryView::hashAlgorithm, 9)
                        .column(messages.get("audit.field.hash"), AuditEntryView::hash, 66)
                        .write(audit.export(query()), out)))
        .build();
  }

  /** Whether the reader may see and verify the chain. */
  public boolean isChainVisible() {
    return actors.current().hasPermission(KernelPermissions.AUDIT_VERIFY);
  }

  /** Head, backlog and last verification; read once per view, again after "verify now". */
  public ChainStatus getChain() {
    if (chainStatus == null && isChainVisible()) {
      chainStatus = chain.status();
    }
    return chainStatus;
  }

  /** The last few verifications. */
  public List<VerificationView> getHistory() {
    if (history == null && isChainVisible()) {
      history = chain.verifications(HISTORY);
    }
    return history;
  }

  /** Seals what is pending, verifies the whole chain and shows the result. */
  public void verifyNow() {
    VerificationView result = faces.attempt(() -> chain.verify(Trigger.MANUAL));
    chainStatus = null;
    history = null;
    if (result == null) {
      return;
    }
    if (result.intact()) {
      faces.info("audit.verify.done-intact", String.valueOf(result.verifiedUpTo()));
    } else {
      faces.error("audit.verify.done-broken", String.valueOf(result.brokenSeq()));
    }
  }

  /** Reads the chain's state again. */
  public void refreshChain() {
    chainStatus = null;
    history = null;
  }

  /** What a verification found, in the view's language. */
  public String outcome(VerificationView verification) {
    if (verification == null) {
      return messages.get("audit.verify.none");
    }
    if (verification.intact()) {
      return messages.format(
          "audit.verify.intact",
          String.valueOf(verification.anchorSeq() + 1),
          String.valueOf(verification.verifiedUpTo()),
          String.valueOf(verification.entriesChecked()));
    }
    return messages.format(
        "audit.verify.broken",
        String.valueOf(verification.brokenSeq()),
        verification.brokenEntryId() == null ? "-" : String.valueOf(verification.brokenEntryId()),
        messages.get("audit.problem." + verification.problem()));
  }

  public String time(Instant instant) {
    return display.time(instant);
  }

  public LazyDataModel<AuditEntryView> getModel() {
    return model;
  }

  public String getActor() {
    return actor;
  }

  public void setActor(String actor) {
    this.actor = actor;
  }

  public UnitSummary getUnit() {
    return unit;
  }

  public void setUnit(UnitSummary unit) {
    this.unit = unit;
  }

  public boolean isUnitBelow() {
    return unitBelow;
  }

  public void setUnitBelow(boolean unitBelow) {
    this.unitBelow = unitBelow;
  }

  public String getEntityType() {
    return entityType;
  }

  public void setEntityType(String entityType) {
    this.entityType = entityType;
  }

  public String getEntityId() {
    return entityId;
  }

  public void setEntityId(String entityId) {
    this.entityId = entityId;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public LocalDateTime getFrom() {
    return from;
  }

  public void setFrom(LocalDateTime from) {
    this.from = from;
  }

  public LocalDateTime getTo() {
    return to;
  }

  public void setTo(LocalDateTime to) {
    this.to = to;
  }
}

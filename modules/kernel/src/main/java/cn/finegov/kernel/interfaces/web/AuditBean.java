package cn.finegov.kernel.interfaces.web;

import cn.finegov.kernel.api.export.ExcelTable;
import cn.finegov.kernel.application.audit.AuditService;
import cn.finegov.kernel.domain.model.audit.AuditEntry;
import cn.finegov.kernel.domain.model.audit.AuditQuery;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

/**
 * The audit log screen, for the audit administrator: search by actor, unit, entity, action and
 * time; export.
 */
@Named("auditLog")
@ViewScoped
public class AuditBean implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int EXPORT_LIMIT = 50_000;

  @Inject private transient AuditService audit;
  @Inject private transient Messages messages;
  @Inject private transient DisplaySettings display;

  private String actor;
  private String unitCode;
  private String entityType;
  private String entityId;
  private String action;
  private LocalDate from;
  private LocalDate to;

  private final LazyDataModel<AuditEntry> model =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) Math.min(Integer.MAX_VALUE, audit.count(query()));
        }

        @Override
        public List<AuditEntry> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          return audit.search(query(), first, pageSize);
        }

        @Override
        public String getRowKey(AuditEntry entry) {
          return String.valueOf(entry.id());
        }
      };

  private AuditQuery query() {
    Instant start = from == null ? null : from.atStartOfDay(display.zone()).toInstant();
    Instant end = to == null ? null : to.plusDays(1).atStartOfDay(display.zone()).toInstant();
    return new AuditQuery(actor, unitCode, entityType, entityId, action, start, end);
  }

  /** The entries matching the filter (up to 50,000) as an Excel sheet. */
  public StreamedContent getExport() {
    return DefaultStreamedContent.builder()
        .name("audit.xlsx")
        .contentType(ExcelTable.CONTENT_TYPE)
        .writer(
            out -> {
              List<AuditEntry> entries = audit.search(query(), 0, EXPORT_LIMIT);
              try {
                ExcelTable.<AuditEntry>sheet(messages.get("audit.export.sheet"), display.zone())
                    .column("ID", AuditEntry::id, 10)
                    .column(messages.get("field.occurredAt"), AuditEntry::occurredAt, 20)
                    .column(messages.get("field.actor"), AuditEntry::actor, 18)
                    .column(messages.get("field.actorName"), AuditEntry::actorName, 14)
                    .column(messages.get("field.unitCode"), AuditEntry::actorUnit, 16)
                    .column(messages.get("field.clientAddress"), AuditEntry::clientAddress, 16)
                    .column(messages.get("field.entityType"), AuditEntry::entityType, 16)
                    .column(messages.get("field.entityId"), AuditEntry::entityId, 12)
                    .column(messages.get("field.action"), AuditEntry::action, 16)
                    .column(messages.get("field.before"), AuditEntry::beforeValues, 50)
                    .column(messages.get("field.after"), AuditEntry::afterValues, 50)
                    .write(entries, out);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            })
        .build();
  }

  public LazyDataModel<AuditEntry> getModel() {
    return model;
  }

  public String getActor() {
    return actor;
  }

  public void setActor(String actor) {
    this.actor = actor;
  }

  public String getUnitCode() {
    return unitCode;
  }

  public void setUnitCode(String unitCode) {
    this.unitCode = unitCode;
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

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}

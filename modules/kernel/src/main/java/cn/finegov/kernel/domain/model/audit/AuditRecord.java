package cn.finegov.kernel.domain.model.audit;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import java.io.Serializable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * What an audit entry says: who did what to which entity, when, from where, with the values before
 * and after. Immutable once written: the class has no method that changes it and no column is
 * updatable. {@link PendingAuditEntry} writes it, {@link AuditEntry} reads it with its link.
 */
@MappedSuperclass
public abstract class AuditRecord implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "krn_audit_entry_seq")
  @SequenceGenerator(
      name = "krn_audit_entry_seq",
      sequenceName = "krn_audit_entry_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(name = "actor", nullable = false, updatable = false, length = 80)
  private String actor;

  @Column(name = "actor_name", updatable = false, length = 80)
  private String actorName;

  @Column(name = "actor_unit", updatable = false, length = 32)
  private String actorUnit;

  @Column(name = "actor_unit_path", updatable = false, length = 400)
  private String actorUnitPath;

  @Column(name = "client_address", updatable = false, length = 64)
  private String clientAddress;

  @Column(name = "entity_type", nullable = false, updatable = false, length = 60)
  private String entityType;

  @Column(name = "entity_id", nullable = false, updatable = false, length = 100)
  private String entityId;

  @Column(name = "action", nullable = false, updatable = false, length = 40)
  private String action;

  @Lob
  @Column(name = "before_values", updatable = false)
  private String beforeValues;

  @Lob
  @Column(name = "after_values", updatable = false)
  private String afterValues;

  protected AuditRecord() {}

  protected AuditRecord(
      Instant occurredAt,
      String actor,
      String actorName,
      String actorUnit,
      String actorUnitPath,
      String clientAddress,
      String entityType,
      String entityId,
      String action,
      String beforeValues,
      String afterValues) {
    // The database keeps microseconds: the entry in memory says what the table says.
    this.occurredAt =
        Objects.requireNonNull(occurredAt, "occurredAt").truncatedTo(ChronoUnit.MICROS);
    this.actor = Objects.requireNonNull(actor, "actor");
    this.actorName = actorName;
    this.actorUnit = actorUnit;
    this.actorUnitPath = actorUnitPath;
    this.clientAddress = clientAddress;
    this.entityType = Objects.requireNonNull(entityType, "entityType");
    this.entityId = Objects.requireNonNull(entityId, "entityId");
    this.action = Objects.requireNonNull(action, "action");
    this.beforeValues = beforeValues;
    this.afterValues = afterValues;
  }

  /** Materialised path of the actor's unit; {@code null} for system flows and strangers. */
  public String actorUnitPath() {
    return actorUnitPath;
  }

  public Long id() {
    return id;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public String actor() {
    return actor;
  }

  public String actorName() {
    return actorName;
  }

  public String actorUnit() {
    return actorUnit;
  }

  public String clientAddress() {
    return clientAddress;
  }

  public String entityType() {
    return entityType;
  }

  public String entityId() {
    return entityId;
  }

  public String action() {
    return action;
  }

  public String beforeValues() {
    return beforeValues;
  }

  public String afterValues() {
    return afterValues;
  }

  /** The values the chain protects. */
  public EntryContent content() {
    return new EntryContent(
        id,
        occurredAt,
        actor,
        actorName,
        actorUnit,
        actorUnitPath,
        clientAddress,
        entityType,
        entityId,
        action,
        beforeValues,
        afterValues);
  }
}

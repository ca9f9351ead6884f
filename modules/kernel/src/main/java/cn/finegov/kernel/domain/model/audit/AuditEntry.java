package cn.finegov.kernel.domain.model.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** One audit record. Immutable once written: the class has no method that changes it. */
@Entity
@Table(name = "krn_audit_entry")
public class AuditEntry implements Serializable {

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

  protected AuditEntry() {}

  public AuditEntry(
      Instant occurredAt,
      String actor,
      String actorName,
      String actorUnit,
      String clientAddress,
      String entityType,
      String entityId,
      String action,
      String beforeValues,
      String afterValues) {
    this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
    this.actor = Objects.requireNonNull(actor, "actor");
    this.actorName = actorName;
    this.actorUnit = actorUnit;
    this.clientAddress = clientAddress;
    this.entityType = Objects.requireNonNull(entityType, "entityType");
    this.entityId = Objects.requireNonNull(entityId, "entityId");
    this.action = Objects.requireNonNull(action, "action");
    this.beforeValues = beforeValues;
    this.afterValues = afterValues;
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
}

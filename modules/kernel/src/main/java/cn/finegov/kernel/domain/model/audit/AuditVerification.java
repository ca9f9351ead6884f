package cn.finegov.kernel.domain.model.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** One verification of the audit chain and its result, kept for the audit administrator. */
@Entity
@Table(name = "krn_audit_verification")
public class AuditVerification implements Serializable {

  private static final long serialVersionUID = 1L;

  /** What started a verification. */
  public enum Trigger {
    /** Somebody asked for it (screen or REST). */
    MANUAL,
    /** The nightly job. */
    SCHEDULED
  }

  private static final int TEXT = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "krn_audit_verification_seq")
  @SequenceGenerator(
      name = "krn_audit_verification_seq",
      sequenceName = "krn_audit_verification_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "started_at", nullable = false, updatable = false)
  private Instant startedAt;

  @Column(name = "finished_at", nullable = false, updatable = false)
  private Instant finishedAt;

  @Column(name = "requested_by", nullable = false, updatable = false, length = 80)
  private String requestedBy;

  @Enumerated(EnumType.STRING)
  @Column(name = "trigger_kind", nullable = false, updatable = false, length = 10)
  private Trigger trigger;

  @Column(name = "intact", nullable = false, updatable = false)
  private boolean intact;

  @Column(name = "anchor_seq", nullable = false, updatable = false)
  private long anchorSeq;

  @Column(name = "verified_up_to", nullable = false, updatable = false)
  private long verifiedUpTo;

  @Column(name = "entries_checked", nullable = false, updatable = false)
  private long entriesChecked;

  @Column(name = "unsealed", nullable = false, updatable = false)
  private long unsealed;

  @Column(name = "broken_seq", updatable = false)
  private Long brokenSeq;

  @Column(name = "broken_entry_id", updatable = false)
  private Long brokenEntryId;

  @Enumerated(EnumType.STRING)
  @Column(name = "problem", updatable = false, length = 30)
  private ChainBreak.Problem problem;

  @Column(name = "expected_value", updatable = false, length = TEXT)
  private String expectedValue;

  @Column(name = "found_value", updatable = false, length = TEXT)
  private String foundValue;

  protected AuditVerification() {}

  /**
   * The record of a finished verification.
   *
   * @param outcome what the walk found
   * @param unsealed entries not yet sealed when it ran
   */
  public AuditVerification(
      VerificationOutcome outcome,
      long unsealed,
      Instant startedAt,
      Instant finishedAt,
      String requestedBy,
      Trigger trigger) {
    this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
    this.finishedAt = Objects.requireNonNull(finishedAt, "finishedAt");
    this.requestedBy = Objects.requireNonNull(requestedBy, "requestedBy");
    this.trigger = Objects.requireNonNull(trigger, "trigger");
    this.intact = outcome.intact();
    this.anchorSeq = outcome.anchorSeq();
    this.verifiedUpTo = outcome.verifiedUpTo();
    this.entriesChecked = outcome.checked();
    this.unsealed = unsealed;
    outcome
        .firstBreak()
        .ifPresent(
            broken -> {
              this.brokenSeq = broken.seq();
              this.brokenEntryId = broken.entryId();
              this.problem = broken.problem();
              this.expectedValue = clip(broken.expected());
              this.foundValue = clip(broken.found());
            });
  }

  private static String clip(String text) {
    return text == null || text.length() <= TEXT ? text : text.substring(0, TEXT);
  }

  public Long id() {
    return id;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public Instant finishedAt() {
    return finishedAt;
  }

  public String requestedBy() {
    return requestedBy;
  }

  public Trigger trigger() {
    return trigger;
  }

  public boolean intact() {
    return intact;
  }

  public long anchorSeq() {
    return anchorSeq;
  }

  public long verifiedUpTo() {
    return verifiedUpTo;
  }

  public long entriesChecked() {
    return entriesChecked;
  }

  public long unsealed() {
    return unsealed;
  }

  public Long brokenSeq() {
    return brokenSeq;
  }

  public Long brokenEntryId() {
    return brokenEntryId;
  }

  public ChainBreak.Problem problem() {
    return problem;
  }

  public String expectedValue() {
    return expectedValue;
  }

  public String foundValue() {
    return foundValue;
  }
}

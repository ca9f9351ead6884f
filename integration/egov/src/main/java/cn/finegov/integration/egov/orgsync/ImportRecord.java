package cn.finegov.integration.egov.orgsync;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** The record of one received directory file and what applying it did. */
@Entity
@Table(name = "egv_orgsync_import")
public class ImportRecord implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "egv_orgsync_import_seq")
  @SequenceGenerator(
      name = "egv_orgsync_import_seq",
      sequenceName = "egv_orgsync_import_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "message_id", nullable = false, length = 120)
  private String messageId;

  @Column(name = "file_name", length = 300)
  private String fileName;

  @Column(name = "channel", nullable = false, length = 20)
  private String channel;

  @Column(name = "charset", length = 20)
  private String charset;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private ImportStatus status;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Column(name = "rows_total", nullable = false)
  private int rowsTotal;

  @Column(name = "created_count", nullable = false)
  private int created;

  @Column(name = "updated_count", nullable = false)
  private int updated;

  @Column(name = "deactivated_count", nullable = false)
  private int deactivated;

  @Column(name = "reactivated_count", nullable = false)
  private int reactivated;

  @Column(name = "unchanged_count", nullable = false)
  private int unchanged;

  @Column(name = "rejected_count", nullable = false)
  private int rejected;

  @Column(name = "note", length = 1000)
  private String note;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected ImportRecord() {}

  ImportRecord(
      String messageId,
      String fileName,
      String channel,
      String charset,
      ImportStatus status,
      int rows,
      Instant now) {
    this.messageId = Objects.requireNonNull(messageId, "messageId");
    this.fileName = fileName;
    this.channel = channel;
    this.charset = charset;
    this.status = status;
    this.rowsTotal = rows;
    this.receivedAt = now;
    if (status == ImportStatus.DUPLICATE) {
      this.finishedAt = now;
    }
  }

  /** Stores the outcome of applying the rows. */
  void finish(Outcome outcome, Instant now) {
    created = outcome.created();
    updated = outcome.updated();
    deactivated = outcome.deactivated();
    reactivated = outcome.reactivated();
    unchanged = outcome.unchanged();
    rejected = outcome.rejected();
    rowsTotal = outcome.total();
    status = rejected == 0 ? ImportStatus.APPLIED : ImportStatus.PARTIAL;
    finishedAt = now;
  }

  void failed(String reason, Instant now) {
    status = ImportStatus.FAILED;
    note = reason == null || reason.length() <= 1000 ? reason : reason.substring(0, 999) + "…";
    finishedAt = now;
  }

  /**
   * Counts of what applying a file did.
   *
   * @param created units created
   * @param updated units changed
   * @param deactivated units dissolved
   * @param reactivated units back in use
   * @param unchanged rows that matched already
   * @param rejected rows sent to the dead letters
   */
  public record Outcome(
      int created, int updated, int deactivated, int reactivated, int unchanged, int rejected) {

    public int total() {
      return created + updated + deactivated + reactivated + unchanged + rejected;
    }
  }

  public Long id() {
    return id;
  }

  public String messageId() {
    return messageId;
  }

  public String fileName() {
    return fileName;
  }

  public String channel() {
    return channel;
  }

  public String charset() {
    return charset;
  }

  public ImportStatus status() {
    return status;
  }

  public Instant receivedAt() {
    return receivedAt;
  }

  public Instant finishedAt() {
    return finishedAt;
  }

  public int rowsTotal() {
    return rowsTotal;
  }

  public int created() {
    return created;
  }

  public int updated() {
    return updated;
  }

  public int deactivated() {
    return deactivated;
  }

  public int reactivated() {
    return reactivated;
  }

  public int unchanged() {
    return unchanged;
  }

  public int rejected() {
    return rejected;
  }

  public String note() {
    return note;
  }
}

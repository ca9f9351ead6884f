package cn.finegov.kernel.domain.model.attachment;

import cn.finegov.kernel.api.attachment.AttachmentInfo;
import cn.finegov.kernel.api.attachment.AttachmentOwner;
import cn.finegov.kernel.api.error.ValidationException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The record of a stored file: whose it is, what it is (type detected from the bytes, size,
 * SHA-256), where its bytes are (a storage key, never a path given by a client), who uploaded it,
 * and, once deleted, who deleted it, when and why. Deleted attachments keep their record.
 */
@Entity
@Table(name = "krn_attachment")
public class Attachment {

  public static final int MAX_REASON = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "krn_attachment_seq")
  @SequenceGenerator(
      name = "krn_attachment_seq",
      sequenceName = "krn_attachment_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "owner_module", nullable = false, length = 40)
  private String ownerModule;

  @Column(name = "owner_type", nullable = false, length = 60)
  private String ownerType;

  @Column(name = "owner_id", nullable = false, length = 100)
  private String ownerId;

  @Column(name = "file_name", nullable = false, length = 255)
  private String fileName;

  @Column(name = "content_type", nullable = false, length = 120)
  private String contentType;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  @Column(name = "sha256", nullable = false, length = 64)
  private String sha256;

  @Column(name = "storage_key", nullable = false, length = 200)
  private String storageKey;

  @Column(name = "thumbnail_type", length = 40)
  private String thumbnailType;

  @Column(name = "uploaded_by", nullable = false, length = 80)
  private String uploadedBy;

  @Column(name = "uploader_unit_path", length = 400)
  private String uploaderUnitPath;

  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  @Column(name = "deleted_at")
  private Instant deletedAt;

  @Column(name = "deleted_by", length = 80)
  private String deletedBy;

  @Column(name = "delete_reason", length = MAX_REASON)
  private String deleteReason;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Attachment() {}

  /** A newly uploaded file, already kept under {@code storageKey}. */
  public static Attachment uploaded(
      AttachmentOwner owner,
      String fileName,
      DetectedType type,
      AttachmentStorage.Staged staged,
      String storageKey,
      String uploadedBy,
      String uploaderUnitPath,
      Instant now) {
    Attachment attachment = new Attachment();
    attachment.ownerModule = owner.module();
    attachment.ownerType = owner.type();
    attachment.ownerId = owner.id();
    attachment.fileName = FileNames.clean(fileName);
    attachment.contentType = type.mimeType();
    attachment.sizeBytes = staged.size();
    attachment.sha256 = Objects.requireNonNull(staged.sha256(), "sha256");
    attachment.storageKey = Objects.requireNonNull(storageKey, "storageKey");
    attachment.uploadedBy = Objects.requireNonNull(uploadedBy, "uploadedBy");
    attachment.uploaderUnitPath = uploaderUnitPath;
    attachment.uploadedAt = now;
    return attachment;
  }

  /** Records that a thumbnail of this type was made. */
  public void thumbnailMade(String type) {
    thumbnailType = type;
  }

  /**
   * Marks the attachment deleted; the reason is required.
   *
   * @return false when it was deleted already
   */
  public boolean delete(String by, Instant now, String reason) {
    String clean = reason == null ? "" : reason.strip();
    ValidationException.Collector errors = new ValidationException.Collector();
    errors.required("reason", clean).maxLength("reason", clean, MAX_REASON).throwIfAny();
    if (deletedAt != null) {
      return false;
    }
    deletedAt = now;
    deletedBy = by;
    deleteReason = clean;
    return true;
  }

  public AttachmentInfo info() {
    return new AttachmentInfo(
        id,
        owner(),
        fileName,
        contentType,
        sizeBytes,
        sha256,
        thumbnailType != null,
        uploadedBy,
        uploadedAt);
  }

  /** Values for the audit log (no content, no storage location). */
  public Map<String, Object> auditValues() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("owner", owner().toString());
    values.put("fileName", fileName);
    values.put("contentType", contentType);
    values.put("size", sizeBytes);
    values.put("sha256", sha256);
    if (deletedAt != null) {
      values.put("deleted", true);
      values.put("reason", deleteReason);
    }
    return values;
  }

  public AttachmentOwner owner() {
    return new AttachmentOwner(ownerModule, ownerType, ownerId);
  }

  public Long id() {
    return id;
  }

  public String fileName() {
    return fileName;
  }

  public String contentType() {
    return contentType;
  }

  public long sizeBytes() {
    return sizeBytes;
  }

  public String sha256() {
    return sha256;
  }

  public String storageKey() {
    return storageKey;
  }

  public String thumbnailType() {
    return thumbnailType;
  }

  public String uploadedBy() {
    return uploadedBy;
  }

  public String uploaderUnitPath() {
    return uploaderUnitPath;
  }

  public Instant uploadedAt() {
    return uploadedAt;
  }

  public boolean isDeleted() {
    return deletedAt != null;
  }

  public Instant deletedAt() {
    return deletedAt;
  }

  public String deletedBy() {
    return deletedBy;
  }

  public String deleteReason() {
    return deleteReason;
  }
}

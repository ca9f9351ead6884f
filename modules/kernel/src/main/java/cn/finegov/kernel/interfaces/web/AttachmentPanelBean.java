package cn.finegov.kernel.interfaces.web;

import cn.finegov.kernel.api.attachment.AttachmentInfo;
import cn.finegov.kernel.api.attachment.AttachmentOwner;
import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.application.attachment.AttachmentService;
import cn.finegov.kernel.domain.model.attachment.AttachmentRules;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.FileUploadEvent;

/**
 * Backs the attachment component ({@code <kc:attachments>}, {@code
 * /META-INF/resources/kernel/components/attachments.xhtml}): the list of a record's attachments,
 * uploads (streamed from PrimeFaces' upload to the store), deletion with a reason.
 */
@Named("attachmentPanel")
@ViewScoped
public class AttachmentPanelBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient AttachmentService attachments;
  @Inject private transient Faces faces;

  private Long pendingDelete;
  private String reason;

  /** The attachments of a record; an empty list (with a message) when refused. */
  public List<AttachmentInfo> list(String module, String type, String ownerId) {
    if (ownerId == null || ownerId.isBlank()) {
      return List.of();
    }
    List<AttachmentInfo> found =
        faces.attempt(() -> attachments.list(new AttachmentOwner(module, type, ownerId)));
    return found == null ? List.of() : found;
  }

  /** The upload listener; the owner comes from the component's attributes. */
  public void upload(FileUploadEvent event) {
    String module = (String) event.getComponent().getAttributes().get("ownerModule");
    String type = (String) event.getComponent().getAttributes().get("ownerType");
    String ownerId = String.valueOf(event.getComponent().getAttributes().get("ownerId"));
    AttachmentInfo stored =
        faces.attempt(
            () -> {
              try (InputStream content = event.getFile().getInputStream()) {
                return attachments.store(
                    new AttachmentOwner(module, type, ownerId),
                    event.getFile().getFileName(),
                    content);
              } catch (IOException e) {
                throw new DomainException(
                    DomainException.Kind.INVALID, "attachment.upload-interrupted");
              }
            });
    if (stored != null) {
      faces.info("attachment.uploaded", stored.fileName());
    }
  }

  /** Remembers which attachment the delete dialog is about. */
  public void askDelete(long id) {
    pendingDelete = id;
    reason = null;
  }

  public void delete() {
    if (pendingDelete == null) {
      return;
    }
    long id = pendingDelete;
    if (faces.attempt(() -> attachments.delete(id, reason))) {
      faces.info("attachment.deleted");
      pendingDelete = null;
      reason = null;
    }
  }

  /** The size limit as people read it ({@code 20 MB}). */
  public String getMaxSizeText() {
    return AttachmentRules.humanSize(attachments.rules().maxBytes());
  }

  public long getMaxBytes() {
    return attachments.rules().maxBytes();
  }

  /** {@code 1.5 MB} for a size in bytes. */
  public String size(long bytes) {
    return AttachmentRules.humanSize(bytes);
  }

  public Long getPendingDelete() {
    return pendingDelete;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}

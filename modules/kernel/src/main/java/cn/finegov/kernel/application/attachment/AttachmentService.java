package cn.finegov.kernel.application.attachment;

import cn.finegov.kernel.api.attachment.AttachmentAccessPolicy;
import cn.finegov.kernel.api.attachment.AttachmentContent;
import cn.finegov.kernel.api.attachment.AttachmentInfo;
import cn.finegov.kernel.api.attachment.AttachmentOwner;
import cn.finegov.kernel.api.attachment.AttachmentRejectedException;
import cn.finegov.kernel.api.attachment.Attachments;
import cn.finegov.kernel.api.audit.AuditLog;
import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.module.ModuleSettings;
import cn.finegov.kernel.api.persistence.AfterCompletion;
import cn.finegov.kernel.api.security.AccessDeniedException;
import cn.finegov.kernel.api.security.Actor;
import cn.finegov.kernel.api.security.ActorContext;
import cn.finegov.kernel.application.module.KernelModule;
import cn.finegov.kernel.domain.model.attachment.Attachment;
import cn.finegov.kernel.domain.model.attachment.AttachmentRepository;
import cn.finegov.kernel.domain.model.attachment.AttachmentRules;
import cn.finegov.kernel.domain.model.attachment.AttachmentStorage;
import cn.finegov.kernel.domain.model.attachment.ContentTypeDetector;
import cn.finegov.kernel.domain.model.attachment.DetectedType;
import cn.finegov.kernel.domain.model.attachment.Thumbnails;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The attachment store ({@link Attachments}) for every module: checks the owner's policy, receives
 * the bytes into a staging file (counted and hashed), detects the type from the bytes, keeps the
 * file, makes a thumbnail for photos and records the attachment with an audit entry, all in the
 * caller's transaction; a rollback removes the file again, a deletion removes it after the commit.
 */
@ApplicationScoped
@Transactional
public class AttachmentService implements Attachments {

  static final String ENTITY = "Attachment";
  private static final Logger LOG = Logger.getLogger(AttachmentService.class.getName());

  @Inject private AttachmentRepository attachments;
  @Inject private AttachmentStorage storage;
  @Inject private Thumbnails thumbnails;
  @Inject private AttachmentPolicies policies;
  @Inject private ModuleSettings settings;
  @Inject private ActorContext actors;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  @Resource private TransactionSynchronizationRegistry transactions;

  private final ContentTypeDetector detector = new ContentTypeDetector();

  /** The limits in force now (kernel settings). */
  @Transactional(TxType.SUPPORTS)
  public AttachmentRules rules() {
    return AttachmentRules.of(
        settings.getLong(KernelModule.KEY, KernelModule.ATTACHMENT_MAX_BYTES),
        settings.getList(KernelModule.KEY, KernelModule.ATTACHMENT_TYPES));
  }

  @Override
  public AttachmentInfo store(AttachmentOwner owner, String fileName, InputStream content) {
    Actor actor = actors.requireSignedIn();
    AttachmentAccessPolicy policy = existingOwner(owner);
    if (!policy.mayAttach(actor, owner.id())) {
      throw new AccessDeniedException(false);
    }
    AttachmentRules rules = rules();
    AttachmentStorage.Staged staged = receive(content, rules);
    DetectedType type;
    String key;
    try {
      type = detector.detect(staged.path());
      rules.checkType(type);
      key = storage.keep(staged);
    } catch (AttachmentRejectedException refused) {
      storage.discard(staged);
      LOG.info(
          () ->
              "Upload refused for "
                  + owner.kind()
                  + ": "
                  + refused.reason()
                  + " ("
                  + staged.size()
                  + " bytes)");
      throw refused;
    } catch (IOException e) {
      storage.discard(staged);
      throw new UncheckedIOException("an upload could not be kept", e);
    }
    afterRollback(key);
    Attachment attachment =
        Attachment.uploaded(
            owner, fileName, type, staged, key, actor.name(), actor.unitPath(), clock.instant());
    thumbnail(attachment, type, key);
    attachments.store(attachment);
    audit.record(
        ENTITY, String.valueOf(attachment.id()), "UPLOAD", Map.of(), attachment.auditValues());
    return attachment.info();
  }

  private AttachmentStorage.Staged receive(InputStream content, AttachmentRules rules) {
    try {
      return storage.receive(content, rules);
    } catch (IOException e) {
      throw new DomainException(DomainException.Kind.INVALID, "attachment.upload-interrupted");
    }
  }

  private void thumbnail(Attachment attachment, DetectedType type, String key) {
    if (!type.isRasterPhoto()) {
      return;
    }
    int edge = settings.getInt(KernelModule.KEY, KernelModule.ATTACHMENT_THUMBNAIL_PIXELS);
    Optional<Path> file = storage.file(key);
    if (file.isEmpty()) {
      return;
    }
    thumbnails
        .make(file.get(), type, edge)
        .ifPresent(
            made -> {
              try {
                storage.keepThumbnail(key, made.bytes());
                attachment.thumbnailMade(made.contentType());
              } catch (IOException e) {
                LOG.log(Level.WARNING, "A thumbnail could not be stored", e);
              }
            });
  }

  @Override
  @Transactional(TxType.SUPPORTS)
  public Optional<AttachmentInfo> find(long id) {
    return readable(id).map(Attachment::info);
  }

  @Override
  @Transactional(TxType.SUPPORTS)
  public List<AttachmentInfo> list(AttachmentOwner owner) {
    Actor actor = actors.requireSignedIn();
    AttachmentAccessPolicy policy = existingOwner(owner);
    if (!policy.mayRead(actor, owner.id())) {
      throw new AccessDeniedException(false);
    }
    return attachments.listByOwner(owner).stream().map(Attachment::info).toList();
  }

  @Override
  @Transactional(TxType.SUPPORTS)
  public AttachmentContent open(long id) {
    Attachment attachment =
        readable(id)
            .orElseThrow(
                () -> DomainException.notFound("attachment.not-found", String.valueOf(id)));
    Path file =
        storage
            .file(attachment.storageKey())
            .orElseThrow(
                () -> {
                  LOG.warning(() -> "The file of attachment " + id + " is missing");
                  return DomainException.notFound("attachment.file-missing", String.valueOf(id));
                });
    return new AttachmentContent(
        attachment.info(), attachment.contentType(), size(file), () -> Files.newInputStream(file));
  }

  @Override
  @Transactional(TxType.SUPPORTS)
  public Optional<AttachmentContent> openThumbnail(long id) {
    Attachment attachment =
        readable(id)
            .orElseThrow(
                () -> DomainException.notFound("attachment.not-found", String.valueOf(id)));
    if (attachment.thumbnailType() == null) {
      return Optional.empty();
    }
    return storage
        .thumbnail(attachment.storageKey())
        .map(
            file ->
                new AttachmentContent(
                    attachment.info(),
                    attachment.thumbnailType(),
                    size(file),
                    () -> Files.newInputStream(file)));
  }

  @Override
  public void delete(long id, String reason) {
    Actor actor = actors.requireSignedIn();
    Attachment attachment =
        attachments
            .find(id)
            .filter(found -> !found.isDeleted())
            .filter(found -> policies.of(found.owner()).mayRead(actor, found.owner().id()))
            .orElseThrow(
                () -> DomainException.notFound("attachment.not-found", String.valueOf(id)));
    AttachmentAccessPolicy policy = policies.of(attachment.owner());
    if (!policy.mayDelete(actor, attachment.owner().id(), attachment.info())) {
      throw new AccessDeniedException(false);
    }
    Map<String, Object> before = attachment.auditValues();
    attachment.delete(actor.name(), clock.instant(), reason);
    audit.record(ENTITY, String.valueOf(id), "DELETE", before, attachment.auditValues());
    afterCommit(attachment.storageKey());
  }

  /**
   * The attachment if it exists, is not deleted and the actor may read its owner's attachments;
   * otherwise empty (404), so that an identifier does not tell whether somebody else's file exists.
   */
  private Optional<Attachment> readable(long id) {
    Actor actor = actors.requireSignedIn();
    return attachments
        .find(id)
        .filter(a -> !a.isDeleted())
        .filter(a -> policies.of(a.owner()).mayRead(actor, a.owner().id()));
  }

  private AttachmentAccessPolicy existingOwner(AttachmentOwner owner) {
    AttachmentAccessPolicy policy = policies.of(owner);
    if (!policy.exists(owner.id())) {
      throw DomainException.notFound("attachment.owner.not-found", owner.toString());
    }
    return policy;
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Removes a kept file when the transaction that recorded it does not commit. */
  private void afterRollback(String key) {
    transactions.registerInterposedSynchronization(
        (AfterCompletion)
            status -> {
              if (status != Status.STATUS_COMMITTED) {
                removeQuietly(key);
              }
            });
  }

  /** Removes a deleted attachment's file once its deletion is committed. */
  private void afterCommit(String key) {
    transactions.registerInterposedSynchronization(
        (AfterCompletion)
            status -> {
              if (status == Status.STATUS_COMMITTED) {
                removeQuietly(key);
              }
            });
  }

  private void removeQuietly(String key) {
    try {
      storage.delete(key);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "An attachment file could not be removed", e);
    }
  }
}

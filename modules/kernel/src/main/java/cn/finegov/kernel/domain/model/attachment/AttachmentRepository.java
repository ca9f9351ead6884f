package cn.finegov.kernel.domain.model.attachment;

import cn.finegov.kernel.api.attachment.AttachmentOwner;
import java.util.List;
import java.util.Optional;

/** Stores and finds attachment records. */
public interface AttachmentRepository {

  Optional<Attachment> find(long id);

  /** The attachments of a record that are not deleted, oldest first. */
  List<Attachment> listByOwner(AttachmentOwner owner);

  /** Persists a new attachment (and assigns its identifier). */
  Attachment store(Attachment attachment);
}

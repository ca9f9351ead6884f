package cn.finegov.kernel.api.attachment;

import cn.finegov.kernel.api.security.Actor;

/**
 * Who may read and add attachments of one kind of record, decided by the module owning the records.
 * A module registers one CDI bean (usually {@code @ApplicationScoped}) per kind; an owner without a
 * policy, or whose module is switched off, is unknown (HTTP 404). The checks run inside the
 * kernel's transaction, so a policy may look its records up (and should check the actor's {@link
 * Actor#scope() scope} against the record's unit).
 */
public interface AttachmentAccessPolicy {

  /** Key of the module owning the records, e.g. {@code grid}. */
  String module();

  /** Kind of record, e.g. {@code case}. */
  String ownerType();

  /**
   * Whether the record exists. Attachments of a record that does not exist are refused as not
   * found; by default every identifier exists.
   */
  default boolean exists(String ownerId) {
    return true;
  }

  /** Whether the actor may see the record's attachments and download them. */
  boolean mayRead(Actor actor, String ownerId);

  /** Whether the actor may add attachments to the record. */
  boolean mayAttach(Actor actor, String ownerId);

  /**
   * Whether the actor may delete this attachment of the record; by default whoever may attach may
   * delete.
   */
  default boolean mayDelete(Actor actor, String ownerId, AttachmentInfo attachment) {
    return mayAttach(actor, ownerId);
  }
}

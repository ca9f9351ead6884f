package cn.finegov.kernel.application.attachment;

import cn.finegov.kernel.api.attachment.AttachmentAccessPolicy;
import cn.finegov.kernel.api.security.Actor;
import cn.finegov.kernel.application.module.KernelModule;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The kernel's own attachments: a person's personal files ({@code kernel/personal/<login name>}),
 * uploaded on the account screen or through REST and seen by that person only. Modules may use them
 * as a staging area before the record they belong to exists.
 */
@ApplicationScoped
public class PersonalFilesPolicy implements AttachmentAccessPolicy {

  /** The owner type of personal files. */
  public static final String TYPE = "personal";

  @Override
  public String module() {
    return KernelModule.KEY;
  }

  @Override
  public String ownerType() {
    return TYPE;
  }

  @Override
  public boolean mayRead(Actor actor, String ownerId) {
    return isOwner(actor, ownerId);
  }

  @Override
  public boolean mayAttach(Actor actor, String ownerId) {
    return isOwner(actor, ownerId);
  }

  private static boolean isOwner(Actor actor, String ownerId) {
    return actor.kind() == Actor.Kind.PERSON && actor.name().equals(ownerId);
  }
}

package cn.finegov.kernel.application.attachment;

import cn.finegov.kernel.api.attachment.AttachmentAccessPolicy;
import cn.finegov.kernel.api.attachment.AttachmentOwner;
import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.module.ModuleStatus;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The access policies the installed modules registered, by {@code module/type}. An owner without a
 * policy, or whose module is switched off, is unknown.
 */
@ApplicationScoped
public class AttachmentPolicies {

  private static final Logger LOG = Logger.getLogger(AttachmentPolicies.class.getName());

  @Inject @Any private Instance<AttachmentAccessPolicy> registered;
  @Inject private ModuleStatus modules;

  private final Map<String, AttachmentAccessPolicy> byKind = new LinkedHashMap<>();

  @PostConstruct
  void collect() {
    for (AttachmentAccessPolicy policy : registered) {
      String kind = policy.module() + "/" + policy.ownerType();
      AttachmentAccessPolicy earlier = byKind.putIfAbsent(kind, policy);
      if (earlier != null) {
        LOG.warning(
            () ->
                "Two attachment policies for "
                    + kind
                    + ": "
                    + earlier.getClass().getName()
                    + " is used, "
                    + policy.getClass().getName()
                    + " ignored");
      }
    }
  }

  /** The policy of the owner's kind; HTTP 404 when unknown or switched off. */
  public AttachmentAccessPolicy of(AttachmentOwner owner) {
    AttachmentAccessPolicy policy = byKind.get(owner.kind());
    if (policy == null || !modules.isEnabled(owner.module())) {
      throw DomainException.notFound("attachment.owner.unknown", owner.kind());
    }
    return policy;
  }
}

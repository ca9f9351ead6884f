package cn.finegov.kernel.domain.model.lineage;

import cn.finegov.kernel.api.lineage.EntityRef;
import java.util.List;
import java.util.Optional;

/** Stores and finds lineage links. */
public interface LinkRepository {

  Optional<Link> find(EntityRef source, EntityRef target, String relation);

  /** Links whose target is the record, oldest first. */
  List<Link> toTarget(EntityRef target);

  /** Links whose source is the record, oldest first. */
  List<Link> fromSource(EntityRef source);

  Link store(Link link);
}

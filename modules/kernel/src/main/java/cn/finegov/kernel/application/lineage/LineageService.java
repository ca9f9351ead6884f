package cn.finegov.kernel.application.lineage;

import cn.finegov.kernel.api.audit.AuditLog;
import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.kernel.api.lineage.EntityRef;
import cn.finegov.kernel.api.lineage.Lineage;
import cn.finegov.kernel.api.lineage.LinkView;
import cn.finegov.kernel.api.security.ActorContext;
import cn.finegov.kernel.domain.model.lineage.Link;
import cn.finegov.kernel.domain.model.lineage.LinkRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The kernel's lineage: links are written with the change that derives the new record and audited
 * with it. Reading needs no more than the caller's own right to the records it already knows.
 */
@ApplicationScoped
@Transactional
public class LineageService implements Lineage {

  /** The deepest trace a caller may ask for. */
  public static final int MAX_DEPTH = 10;

  /** The most links one trace returns. */
  public static final int MAX_LINKS = 500;

  static final String ENTITY = "Link";

  @Inject private LinkRepository links;
  @Inject private ActorContext actors;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  @Override
  public LinkView link(EntityRef source, EntityRef target, String relation) {
    requireBoth(source, target);
    return links
        .find(source, target, relation)
        .orElseGet(
            () -> {
              Link link = store(source, target, relation);
              audit.record(
                  ENTITY, String.valueOf(link.id()), "CREATE", Map.of(), link.auditValues());
              return link;
            })
        .view();
  }

  @Override
  public LinkView linkNew(EntityRef source, EntityRef target, String relation) {
    requireBoth(source, target);
    return store(source, target, relation).view();
  }

  private static void requireBoth(EntityRef source, EntityRef target) {
    if (source == null || target == null) {
      throw ValidationException.of(source == null ? "source" : "target", "lineage.ref.required");
    }
  }

  private Link store(EntityRef source, EntityRef target, String relation) {
    return links.store(
        new Link(source, target, relation, actors.current().name(), clock.instant()));
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<LinkView> originsOf(EntityRef target) {
    return links.toTarget(target).stream().map(Link::view).toList();
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<LinkView> derivedFrom(EntityRef source) {
    return links.fromSource(source).stream().map(Link::view).toList();
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<LinkView> trace(EntityRef record, int maxDepth) {
    if (maxDepth < 1 || maxDepth > MAX_DEPTH) {
      throw ValidationException.of("depth", "lineage.depth.range", 1, MAX_DEPTH);
    }
    Map<Long, LinkView> found = new LinkedHashMap<>();
    Set<EntityRef> seen = new HashSet<>(Set.of(record));
    Deque<EntityRef> level = new ArrayDeque<>(List.of(record));
    for (int depth = 0; depth < maxDepth && !level.isEmpty() && found.size() < MAX_LINKS; depth++) {
      Deque<EntityRef> next = new ArrayDeque<>();
      for (EntityRef ref : level) {
        List<Link> around = new ArrayList<>(links.toTarget(ref));
        around.addAll(links.fromSource(ref));
        for (Link link : around) {
          if (found.size() >= MAX_LINKS) {
            break;
          }
          if (found.putIfAbsent(link.id(), link.view()) == null) {
            for (EntityRef end : List.of(link.source(), link.target())) {
              if (seen.add(end)) {
                next.add(end);
              }
            }
          }
        }
      }
      level = next;
    }
    return List.copyOf(found.values());
  }
}

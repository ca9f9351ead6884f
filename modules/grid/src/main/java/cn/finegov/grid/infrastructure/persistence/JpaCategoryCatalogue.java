package cn.finegov.grid.infrastructure.persistence;

import cn.finegov.grid.domain.model.category.Category;
import cn.finegov.grid.domain.model.category.CategoryCatalogue;
import cn.finegov.grid.domain.model.category.CategoryCode;
import cn.finegov.grid.domain.model.category.CategoryRepository;
import cn.finegov.grid.domain.model.category.RoutingRule;
import cn.finegov.grid.domain.model.category.RoutingRuleRepository;
import cn.finegov.grid.domain.model.grid.GridCode;
import cn.finegov.kernel.api.cache.FreshCache;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import jakarta.persistence.SynchronizationType;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The catalogue over the stored categories and routing rules. A category that a case asks for is
 * read once per {@link #FRESH} (every report and step asks for one) into a copy of its own, outside
 * the caller's persistence context; an administrator's change on this server applies to the next
 * case, one on another server of a cluster within {@link #FRESH}. The routing rules are read on
 * every call.
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class JpaCategoryCatalogue implements CategoryCatalogue {

  /** How long a category read is used. */
  static final Duration FRESH = Duration.ofSeconds(10);

  @PersistenceContext(unitName = "grid")
  private EntityManager em;

  @PersistenceUnit(unitName = "grid")
  private EntityManagerFactory factory;

  @Resource private TransactionSynchronizationRegistry transactions;

  private final FreshCache<CategoryCode, Optional<Category>> byCode =
      new FreshCache<>(FRESH, 5_000);

  @Inject private CategoryRepository categories;
  @Inject private RoutingRuleRepository rules;

  @Override
  public Optional<Category> find(CategoryCode code) {
    if (code == null) {
      return Optional.empty();
    }
    return byCode.get(code, Instant.now(), this::readApart).filter(Category::active);
  }

  /**
   * The category as stored, read by an entity manager of its own that joins no transaction: the
   * copy it gives belongs to no caller's unit of work, so that sharing it changes nobody's flush.
   */
  private Optional<Category> readApart(CategoryCode code) {
    EntityManager apart = factory.createEntityManager(SynchronizationType.UNSYNCHRONIZED);
    try {
      return apart
          .createQuery("select c from Category c where c.code = :code", Category.class)
          .setParameter("code", code)
          .getResultStream()
          .findFirst();
    } finally {
      apart.close();
    }
  }

  @Override
  public void changed() {
    byCode.forgetAll(transactions);
  }

  @Override
  public List<Category> publicServices() {
    return em.createQuery(
            "select c from Category c where c.active = :yes and c.publicService = :yes"
                + " order by c.code.kind, c.code.code",
            Category.class)
        .setParameter("yes", true)
        .getResultList();
  }

  @Override
  public Optional<String> route(CategoryCode category, GridCode grid) {
    if (category == null) {
      return Optional.empty();
    }
    String defaultUnit = categories.find(category).flatMap(Category::defaultUnit).orElse(null);
    return RoutingRule.route(rules.applicableTo(category), category, grid, defaultUnit);
  }
}

package cn.finegov.grid.infrastructure.persistence;

import cn.finegov.grid.domain.model.category.Category;
import cn.finegov.grid.domain.model.category.CategoryCatalogue;
import cn.finegov.grid.domain.model.category.CategoryCode;
import cn.finegov.grid.domain.model.category.CategoryRepository;
import cn.finegov.grid.domain.model.category.RoutingRule;
import cn.finegov.grid.domain.model.category.RoutingRuleRepository;
import cn.finegov.grid.domain.model.grid.GridCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;
import java.util.Optional;

/**
 * The catalogue over the stored categories and routing rules: each call reads the database, so an
 * administrator's change applies to the next case.
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class JpaCategoryCatalogue implements CategoryCatalogue {

  @PersistenceContext(unitName = "grid")
  private EntityManager em;

  @Inject private CategoryRepository categories;
  @Inject private RoutingRuleRepository rules;

  @Override
  public Optional<Category> find(CategoryCode code) {
    return code == null ? Optional.empty() : categories.find(code).filter(Category::active);
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

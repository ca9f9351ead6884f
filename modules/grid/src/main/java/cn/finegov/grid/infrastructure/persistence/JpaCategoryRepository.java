package cn.finegov.grid.infrastructure.persistence;

import cn.finegov.grid.domain.model.category.Category;
import cn.finegov.grid.domain.model.category.CategoryCode;
import cn.finegov.grid.domain.model.category.CategoryRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Categories in {@code grd_category}. */
@ApplicationScoped
public class JpaCategoryRepository implements CategoryRepository {

  @PersistenceContext(unitName = "grid")
  private EntityManager em;

  @Override
  public Optional<Category> find(CategoryCode code) {
    return em.createQuery(
            "select c from Category c where c.code.kind = :kind and c.code.code = :code",
            Category.class)
        .setParameter("kind", code.kind())
        .setParameter("code", code.code())
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Category> find(long id) {
    return Optional.ofNullable(em.find(Category.class, id));
  }

  @Override
  public List<Category> all() {
    return em.createQuery(
            "select c from Category c order by c.code.kind, c.code.code", Category.class)
        .getResultList();
  }

  @Override
  public Category store(Category category) {
    if (category.id() == null) {
      em.persist(category);
    }
    return category;
  }
}

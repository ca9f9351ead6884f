package cn.finegov.grid.domain.model.component;

import cn.finegov.grid.domain.model.category.CategoryCode;
import cn.finegov.grid.domain.model.category.ComponentId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The component inventory. */
public interface ComponentRepository {

  Optional<CityComponent> find(long id);

  Optional<CityComponent> find(ComponentId id);

  /** Which of these ids are taken already. */
  Set<String> existing(Set<String> componentIds);

  long count(ComponentFilter filter);

  /** A page of components by id; {@code sort} is a property name or null, then ascending or not. */
  List<CityComponent> list(
      ComponentFilter filter, int first, int max, String sort, boolean ascending);

  CityComponent store(CityComponent component);

  /** Writes pending changes now (so that a new component's version is known). */
  void flush();

  /** Whether an active category of components has this code (the category catalogue's table). */
  boolean isComponentCategory(CategoryCode code);

  /** Names of the component categories by their 4-digit code (active or not). */
  java.util.Map<String, String> categoryNames();

  /** The highest sequence used in a district and category, 0 when none. */
  int lastSequence(String district, CategoryCode category);
}

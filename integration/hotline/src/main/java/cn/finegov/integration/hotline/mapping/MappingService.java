package cn.finegov.integration.hotline.mapping;

import cn.finegov.grid.api.GridCaseIntake;
import cn.finegov.integration.hotline.HotlineModule;
import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.security.ActorContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The category mapping for screens and the API: lines as views with the grid category's name, and
 * changes through {@link CategoryMappings} (its permission, validation and audit apply).
 */
@ApplicationScoped
@Transactional
public class MappingService {

  @PersistenceContext(unitName = "hotline")
  private EntityManager em;

  @Inject private CategoryMappings mappings;
  @Inject private GridCaseIntake grid;
  @Inject private ActorContext actors;

  /** Every line, by code. */
  public List<MappingView> list() {
    Map<String, String> names = new HashMap<>();
    return mappings.list().stream()
        .map(
            line ->
                view(
                    line,
                    line.gridCategory() == null
                        ? null
                        : names.computeIfAbsent(
                            line.gridCategory(), code -> grid.categoryName(code).orElse(""))))
        .toList();
  }

  /** One line. */
  public MappingView get(String code) {
    actors.requirePermission(HotlineModule.TICKET_READ, HotlineModule.MAPPING_MANAGE);
    return mappings
        .find(code == null ? null : code.strip())
        .map(line -> view(line, nameOf(line)))
        .orElseThrow(() -> DomainException.notFound("hotline.ui.mapping.not-found", code));
  }

  /**
   * Adds or changes a line.
   *
   * @return the line as stored, with its new version
   */
  public MappingView save(MappingDraft draft) {
    CategoryMapping line =
        mappings.save(
            draft.code(),
            draft.name(),
            draft.disposition(),
            draft.gridCategory(),
            draft.active(),
            draft.version());
    em.flush();
    return view(line, nameOf(line));
  }

  /** Whether a line with this code is stored. */
  public boolean exists(String code) {
    actors.requirePermission(HotlineModule.TICKET_READ, HotlineModule.MAPPING_MANAGE);
    return code != null && mappings.find(code.strip()).isPresent();
  }

  private String nameOf(CategoryMapping line) {
    return line.gridCategory() == null ? null : grid.categoryName(line.gridCategory()).orElse(null);
  }

  private static MappingView view(CategoryMapping line, String gridCategoryName) {
    return new MappingView(
        line.code(),
        line.name(),
        line.disposition(),
        line.gridCategory(),
        gridCategoryName == null || gridCategoryName.isEmpty() ? null : gridCategoryName,
        line.active(),
        line.updatedAt(),
        line.updatedBy(),
        line.version());
  }
}

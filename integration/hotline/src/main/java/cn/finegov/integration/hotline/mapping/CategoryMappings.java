package cn.finegov.integration.hotline.mapping;

import cn.finegov.grid.api.GridCaseIntake;
import cn.finegov.integration.hotline.HotlineModule;
import cn.finegov.kernel.api.audit.AuditLog;
import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.kernel.api.security.Actor;
import cn.finegov.kernel.api.security.ActorContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The category mapping: read by the intake for every ticket, edited by administrators (audited). A
 * change applies to tickets taken in afterwards and to dead letters replayed afterwards.
 */
@ApplicationScoped
@Transactional
public class CategoryMappings {

  static final String AUDIT_TYPE = "HotlineCategoryMapping";
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9]{1,20}");

  @PersistenceContext(unitName = "hotline")
  private EntityManager em;

  @Inject private ActorContext actors;
  @Inject private AuditLog audit;
  @Inject private GridCaseIntake grid;

  /** The line of a hotline category, active or not. */
  public Optional<CategoryMapping> find(String code) {
    return code == null
        ? Optional.empty()
        : Optional.ofNullable(em.find(CategoryMapping.class, code));
  }

  /** Every line, by code. */
  public List<CategoryMapping> list() {
    actors.requirePermission(HotlineModule.TICKET_READ, HotlineModule.MAPPING_MANAGE);
    return em.createQuery("select m from CategoryMapping m order by m.code", CategoryMapping.class)
        .getResultList();
  }

  /**
   * Adds or changes a line.
   *
   * @param version the version the editor saw, {@code null} for a new line
   */
  public CategoryMapping save(
      String code,
      String name,
      Disposition disposition,
      String gridCategory,
      boolean active,
      Long version) {
    Actor actor = actors.requireWholeTree(HotlineModule.MAPPING_MANAGE);
    ValidationException.Collector errors = new ValidationException.Collector();
    String c = code == null ? "" : code.strip();
    if (!CODE.matcher(c).matches()) {
      errors.add("code", "hotline.mapping.code-invalid", c);
    }
    String n = name == null ? "" : name.strip();
    if (n.isEmpty() || n.length() > 100) {
      errors.add("name", "hotline.mapping.name-required");
    }
    if (disposition == null) {
      errors.add("disposition", "hotline.mapping.disposition-required");
    }
    String g = gridCategory == null || gridCategory.isBlank() ? null : gridCategory.strip();
    if (disposition == Disposition.CASE) {
      if (g == null) {
        errors.add("gridCategory", "hotline.mapping.grid-category-required");
      } else if (grid.categoryName(g).isEmpty()) {
        errors.add("gridCategory", "hotline.mapping.grid-category-unknown", g);
      }
    }
    errors.throwIfAny();
    Instant now = Instant.now();
    CategoryMapping line = em.find(CategoryMapping.class, c);
    Map<String, Object> before = line == null ? Map.of() : values(line);
    if (line == null) {
      line = new CategoryMapping(c, n, actor.name(), now);
      line.change(n, disposition, g, active, actor.name(), now);
      em.persist(line);
    } else {
      if (version != null && version != line.version()) {
        throw DomainException.conflict("hotline.mapping.changed", c);
      }
      line.change(n, disposition, g, active, actor.name(), now);
    }
    audit.record(AUDIT_TYPE, c, before.isEmpty() ? "CREATE" : "UPDATE", before, values(line));
    return line;
  }

  /** Adds a shipped line when its code is not stored yet; never changes a stored one. */
  public boolean addIfMissing(
      String code, String name, Disposition disposition, String gridCategory) {
    if (em.find(CategoryMapping.class, code) != null) {
      return false;
    }
    Instant now = Instant.now();
    CategoryMapping line = new CategoryMapping(code, name, "system", now);
    line.change(name, disposition, gridCategory, true, "system", now);
    em.persist(line);
    audit.record(AUDIT_TYPE, code, "CREATE", Map.of(), values(line));
    return true;
  }

  private static Map<String, Object> values(CategoryMapping line) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("name", line.name());
    values.put("disposition", line.disposition().name());
    values.put("gridCategory", line.gridCategory());
    values.put("active", line.active());
    return values;
  }
}

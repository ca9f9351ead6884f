package cn.finegov.planning.interfaces.web.task;

import cn.finegov.kernel.api.org.OrganisationDirectory;
import cn.finegov.kernel.api.org.UnitSummary;
import cn.finegov.kernel.api.security.ActorContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The units the planning screens offer: active units within the reader's scope found by a part of
 * their name or code, and the units below a unit (decomposition). The services check the choice
 * again.
 */
@ApplicationScoped
public class PlanningUnits {

  /** Units one search shows at most. */
  static final int LIMIT = 20;

  /** Units below a unit that the decomposition form offers at most. */
  static final int BELOW_LIMIT = 300;

  @Inject OrganisationDirectory directory;
  @Inject ActorContext actors;

  /** Active units in scope whose name or code contains {@code text}, in tree order. */
  public List<UnitSummary> search(String text) {
    String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    List<UnitSummary> found = new ArrayList<>();
    for (UnitSummary unit : directory.within(actors.current().scope())) {
      if (unit.active()
          && (wanted.isEmpty()
              || unit.code().toLowerCase(Locale.ROOT).contains(wanted)
              || unit.name().toLowerCase(Locale.ROOT).contains(wanted))) {
        found.add(unit);
        if (found.size() >= LIMIT) {
          break;
        }
      }
    }
    return found;
  }

  /** The active units strictly below a unit (by code), in tree order. */
  public List<UnitSummary> below(String code) {
    return directory
        .findByCode(code)
        .map(
            unit ->
                directory.subtree(unit.id()).stream()
                    .filter(u -> u.id() != unit.id() && u.active())
                    .limit(BELOW_LIMIT)
                    .toList())
        .orElse(List.of());
  }

  /** A unit's name by its code; the code when unknown, empty for none. */
  public String name(String code, Map<String, String> cache) {
    if (code == null || code.isBlank()) {
      return "";
    }
    return cache.computeIfAbsent(
        code, c -> directory.findByCode(c).map(UnitSummary::name).orElse(c));
  }
}

package cn.finegov.grid.interfaces.web.gridcase;

import cn.finegov.kernel.api.org.OrganisationDirectory;
import cn.finegov.kernel.api.org.UnitSummary;
import cn.finegov.kernel.api.security.Actor;
import cn.finegov.kernel.api.security.ActorContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The units a case screen offers (responsible unit of a dispatch, the inbox's unit filter): the
 * active units within the reader's scope (the whole tree for a reader whose scope is everything),
 * found by a part of the name or code. The case service checks the chosen unit again.
 */
@ApplicationScoped
public class UnitChoices {

  /** Units one search shows at most. */
  static final int LIMIT = 20;

  @Inject OrganisationDirectory directory;
  @Inject ActorContext actors;

  /** Active units whose name, short name or code contains {@code text}, in tree order. */
  public List<UnitSummary> search(String text) {
    String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    List<UnitSummary> found = new ArrayList<>();
    for (UnitSummary unit : reachable(actors.current())) {
      if (!unit.active()) {
        continue;
      }
      if (wanted.isEmpty()
          || unit.code().toLowerCase(Locale.ROOT).contains(wanted)
          || unit.name().toLowerCase(Locale.ROOT).contains(wanted)
          || (unit.shortName() != null
              && unit.shortName().toLowerCase(Locale.ROOT).contains(wanted))) {
        found.add(unit);
        if (found.size() >= LIMIT) {
          break;
        }
      }
    }
    return found;
  }

  /** A unit's name by its code; the code itself when it is unknown, empty for none. */
  public String name(String code, Map<String, String> cache) {
    if (code == null || code.isBlank()) {
      return "";
    }
    return cache.computeIfAbsent(
        code, c -> directory.findByCode(c).map(UnitSummary::name).orElse(c));
  }

  public Optional<UnitSummary> byCode(String code) {
    return code == null || code.isBlank() ? Optional.empty() : directory.findByCode(code.strip());
  }

  private List<UnitSummary> reachable(Actor actor) {
    Map<Long, UnitSummary> units = new LinkedHashMap<>();
    List<String> tops =
        actor.scope().everything()
            ? topOf(actor.unitPath()).map(List::of).orElse(List.of())
            : actor.scope().paths();
    for (String path : tops) {
      lastId(path)
          .ifPresent(id -> directory.subtree(id).forEach(u -> units.putIfAbsent(u.id(), u)));
    }
    return List.copyOf(units.values());
  }

  /** {@code /1/} of {@code /1/5/23/}. */
  private static Optional<String> topOf(String path) {
    if (path == null || path.length() < 3) {
      return Optional.empty();
    }
    int end = path.indexOf('/', 1);
    return end < 0 ? Optional.empty() : Optional.of(path.substring(0, end + 1));
  }

  private static Optional<Long> lastId(String path) {
    String[] parts = path.split("/");
    for (int i = parts.length - 1; i >= 0; i--) {
      if (!parts[i].isBlank()) {
        try {
          return Optional.of(Long.parseLong(parts[i]));
        } catch (NumberFormatException e) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }
}

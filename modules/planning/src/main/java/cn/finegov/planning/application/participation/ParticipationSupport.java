package cn.finegov.planning.application.participation;

import cn.finegov.kernel.api.calendar.SuiteZone;
import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.kernel.api.org.OrganisationDirectory;
import cn.finegov.kernel.api.org.UnitSummary;
import cn.finegov.kernel.api.security.Actor;
import cn.finegov.planning.domain.model.plan.PlanRepository.Reach;
import cn.finegov.planning.domain.model.task.UnitRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/** What the participation services share: units by code, names, the reader's reach, today. */
@ApplicationScoped
public class ParticipationSupport {

  /** Largest page a list returns. */
  static final int MAX_PAGE = 500;

  @Inject OrganisationDirectory directory;
  @Inject Clock clock;

  Supplier<ZoneId> zone = SuiteZone::get;

  Instant now() {
    return clock.instant();
  }

  LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), zone.get());
  }

  static Reach reach(Actor actor) {
    return actor.scope().everything()
        ? new Reach(java.util.List.of(), true)
        : new Reach(actor.scope().paths(), false);
  }

  static int pageSize(int max) {
    return Math.min(Math.max(1, max), MAX_PAGE);
  }

  /**
   * The active unit with the code, or the actor's unit when the code is blank; inside the actor's
   * scope.
   *
   * @throws ValidationException (400) for an unknown code or no unit at all
   * @throws DomainException {@code FORBIDDEN} for a unit outside the scope
   */
  UnitRef unitInScope(Actor actor, String field, String code) {
    String wanted = code == null || code.isBlank() ? actor.unitCode() : code.strip();
    if (wanted == null) {
      throw ValidationException.of(field, "validation.required");
    }
    UnitSummary unit =
        directory
            .findByCode(wanted)
            .filter(UnitSummary::active)
            .orElseThrow(() -> ValidationException.of(field, "planning.unit-unknown", wanted));
    if (!actor.scope().covers(unit.path())) {
      throw DomainException.forbidden("planning.unit-out-of-scope", unit.code());
    }
    return new UnitRef(unit.id(), unit.code(), unit.path());
  }

  /** The unit's name, remembered in {@code names} for a list. */
  String nameOf(long unitId, Map<Long, String> names) {
    return names.computeIfAbsent(
        unitId, id -> directory.findById(id).map(UnitSummary::name).orElse(""));
  }

  /** An enum constant named by {@code text} (any case); {@code null} for blank; 400 otherwise. */
  static <E extends Enum<E>> E parse(Class<E> type, String text, String field) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ValidationException.of(field, "planning.value-unknown", text);
    }
  }

  /** Refuses a change of a record changed since the caller read it. */
  static void checkVersion(Long expected, long actual, String key, Object id) {
    if (expected != null && expected != actual) {
      throw DomainException.conflict(key, id);
    }
  }
}

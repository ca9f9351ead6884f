package cn.finegov.grid.application.gridcase;

import cn.finegov.grid.domain.model.gridcase.CaseSource;
import cn.finegov.grid.domain.model.gridcase.CaseState;
import cn.finegov.grid.domain.model.gridcase.DeadlineLight;
import cn.finegov.grid.domain.model.gridcase.GridCase;
import java.io.Serializable;
import java.time.Instant;

/** A line of an inbox or a search: no personal data. */
public record CaseSummary(
    String number,
    long version,
    CaseSource source,
    String category,
    String categoryName,
    String gridCode,
    double latitude,
    double longitude,
    String address,
    String description,
    CaseState state,
    String responsibleUnit,
    boolean supervised,
    String duplicateOf,
    String recurrenceOf,
    int reworkCount,
    int returnCount,
    Instant reportedAt,
    Instant stageDueAt,
    Instant closedAt,
    DeadlineLight light)
    implements Serializable {

  static CaseSummary of(GridCase c, String categoryName, DeadlineLight light) {
    return new CaseSummary(
        c.number().value(),
        c.version(),
        c.source(),
        c.category().qualified(),
        categoryName,
        c.grid().map(g -> g.value()).orElse(null),
        c.place().latitude(),
        c.place().longitude(),
        c.address(),
        c.description(),
        c.state(),
        c.responsibleUnit().orElse(null),
        c.supervised(),
        c.duplicateOf().orElse(null),
        c.recurrenceOf().orElse(null),
        c.reworkCount(),
        c.returnCount(),
        c.reportedAt(),
        c.stageDueAt().orElse(null),
        c.closedAt().orElse(null),
        light);
  }
}

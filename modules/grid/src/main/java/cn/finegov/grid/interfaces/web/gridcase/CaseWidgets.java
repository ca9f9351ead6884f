package cn.finegov.grid.interfaces.web.gridcase;

import cn.finegov.grid.application.gridcase.CaseService;
import cn.finegov.grid.application.gridcase.CategoryCases;
import cn.finegov.grid.domain.model.gridcase.CaseFilter;
import cn.finegov.grid.domain.model.gridcase.CaseState;
import cn.finegov.kernel.interfaces.web.DisplaySettings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The dashboard cards of the case workflow, within the reader's reach: open cases (and how many
 * wait for the reader), overdue cases (and how many of them are supervised), cases closed today and
 * the categories with the most open cases.
 */
@Named("gridCaseWidgets")
@RequestScoped
public class CaseWidgets {

  /** Categories on the "by category" card. */
  static final int TOP_CATEGORIES = 8;

  @Inject CaseService cases;
  @Inject DisplaySettings display;

  private Long open;
  private Long mine;
  private Long overdue;
  private Long overdueSupervised;
  private Long closedToday;
  private List<CategoryCases> byCategory;

  static Set<CaseState> openStates() {
    Set<CaseState> open = EnumSet.noneOf(CaseState.class);
    Arrays.stream(CaseState.values()).filter(CaseState::open).forEach(open::add);
    return open;
  }

  /** Open cases within reach. */
  public long getOpen() {
    if (open == null) {
      open =
          cases.count(
              new CaseFilter(openStates(), null, null, null, false, false, null, null, null));
    }
    return open;
  }

  /** Cases waiting for one of the reader's duties. */
  public long getMine() {
    if (mine == null) {
      CaseFilter tasks = cases.myTasks();
      mine = tasks.tasks().isEmpty() ? 0 : cases.count(tasks);
    }
    return mine;
  }

  /** Open cases past their stage deadline. */
  public long getOverdue() {
    if (overdue == null) {
      overdue = cases.count(new CaseFilter(null, null, null, null, true, false, null, null, null));
    }
    return overdue;
  }

  /** Of those, the supervised ones (督办). */
  public long getOverdueSupervised() {
    if (overdueSupervised == null) {
      overdueSupervised =
          cases.count(new CaseFilter(null, null, null, null, true, true, null, null, null));
    }
    return overdueSupervised;
  }

  /** Cases closed since midnight, in the zone the screens show times in. */
  public long getClosedToday() {
    if (closedToday == null) {
      closedToday =
          cases.closedSince(LocalDate.now(display.zone()).atStartOfDay(display.zone()).toInstant());
    }
    return closedToday;
  }

  /** The categories with the most open cases, most first. */
  public List<CategoryCases> getByCategory() {
    if (byCategory == null) {
      byCategory = cases.openByCategory(TOP_CATEGORIES);
    }
    return byCategory;
  }
}

package cn.finegov.planning.interfaces.web.plan;

import cn.finegov.kernel.api.org.UnitSummary;
import cn.finegov.kernel.api.security.ActorContext;
import cn.finegov.kernel.interfaces.web.Faces;
import cn.finegov.planning.PlanningModule;
import cn.finegov.planning.application.PlanDraft;
import cn.finegov.planning.application.PlanService;
import cn.finegov.planning.application.PlanView;
import cn.finegov.planning.domain.model.plan.PlanFilter;
import cn.finegov.planning.domain.model.plan.PlanLevel;
import cn.finegov.planning.domain.model.plan.PlanState;
import cn.finegov.planning.interfaces.web.task.PlanningUnits;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The plans within the reader's scope (year, level, unit and state filters, a lazy table) and the
 * new-plan dialog.
 */
@Named("planningPlans")
@ViewScoped
public class PlansBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient PlanService plans;
  @Inject private transient ActorContext actors;
  @Inject private transient PlanningUnits units;
  @Inject private transient Faces faces;

  private Integer year;
  private PlanLevel level;
  private PlanState state;
  private UnitSummary unit;

  private Integer newYear = LocalDate.now().getYear();
  private UnitSummary newUnit;
  private String newTitle;
  private String newProblems;
  private String newTargets;
  private String newSafeguards;

  private final LazyDataModel<PlanView> model =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) Math.min(Integer.MAX_VALUE, plans.search(filter(), 0, 1).total());
        }

        @Override
        public List<PlanView> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          return plans.search(filter(), first, pageSize).items();
        }

        @Override
        public String getRowKey(PlanView row) {
          return String.valueOf(row.id());
        }
      };

  PlanFilter filter() {
    return new PlanFilter(year, level, state, unit == null ? null : unit.code());
  }

  /** Applies the filters (the table starts again at its first page). */
  public void search() {
    var table =
        jakarta.faces.context.FacesContext.getCurrentInstance()
            .getViewRoot()
            .findComponent(":plans:table");
    if (table instanceof org.primefaces.component.datatable.DataTable data) {
      data.setFirst(0);
    }
  }

  public void reset() {
    year = null;
    level = null;
    state = null;
    unit = null;
    search();
  }

  public boolean isEditor() {
    return actors.current().hasPermission(PlanningModule.PLAN_EDIT);
  }

  /** Drafts the plan of the dialog and opens it; a refusal stays in the dialog. */
  public String create() {
    PlanView made =
        faces.attempt(
            () ->
                plans.create(
                    new PlanDraft(
                        newYear,
                        null,
                        newUnit == null ? null : newUnit.code(),
                        newTitle,
                        newProblems,
                        newTargets,
                        newSafeguards,
                        null,
                        null)));
    if (made == null) {
      return null;
    }
    return "/planning/plan.xhtml?faces-redirect=true&id=" + made.id();
  }

  public List<UnitSummary> completeUnit(String text) {
    return units.search(text);
  }

  public List<PlanLevel> getLevels() {
    return Arrays.asList(PlanLevel.values());
  }

  public List<PlanState> getStates() {
    return Arrays.asList(PlanState.values());
  }

  public LazyDataModel<PlanView> getModel() {
    return model;
  }

  // --- properties ---------------------------------------------------------------------------

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public PlanLevel getLevel() {
    return level;
  }

  public void setLevel(PlanLevel level) {
    this.level = level;
  }

  public PlanState getState() {
    return state;
  }

  public void setState(PlanState state) {
    this.state = state;
  }

  public UnitSummary getUnit() {
    return unit;
  }

  public void setUnit(UnitSummary unit) {
    this.unit = unit;
  }

  public Integer getNewYear() {
    return newYear;
  }

  public void setNewYear(Integer newYear) {
    this.newYear = newYear;
  }

  public UnitSummary getNewUnit() {
    return newUnit;
  }

  public void setNewUnit(UnitSummary newUnit) {
    this.newUnit = newUnit;
  }

  public String getNewTitle() {
    return newTitle;
  }

  public void setNewTitle(String newTitle) {
    this.newTitle = newTitle;
  }

  public String getNewProblems() {
    return newProblems;
  }

  public void setNewProblems(String newProblems) {
    this.newProblems = newProblems;
  }

  public String getNewTargets() {
    return newTargets;
  }

  public void setNewTargets(String newTargets) {
    this.newTargets = newTargets;
  }

  public String getNewSafeguards() {
    return newSafeguards;
  }

  public void setNewSafeguards(String newSafeguards) {
    this.newSafeguards = newSafeguards;
  }
}

package cn.finegov.planning.interfaces.web.participation;

import cn.finegov.kernel.api.org.UnitSummary;
import cn.finegov.kernel.api.security.ActorContext;
import cn.finegov.kernel.interfaces.web.Faces;
import cn.finegov.planning.PlanningModule;
import cn.finegov.planning.application.participation.RoundDraft;
import cn.finegov.planning.application.participation.RoundView;
import cn.finegov.planning.application.participation.SolicitationService;
import cn.finegov.planning.domain.model.task.TaskSource;
import cn.finegov.planning.interfaces.web.task.PlanningUnits;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The solicitation rounds of the reader's units (lazy table, year filter) and the new-round form.
 */
@Named("planningSolicitations")
@ViewScoped
public class SolicitationsBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient SolicitationService solicitations;
  @Inject private transient ActorContext actors;
  @Inject private transient PlanningUnits units;
  @Inject private transient Faces faces;

  private Integer year;

  private Integer newYear = LocalDate.now().getYear() + 1;
  private UnitSummary newUnit;
  private String newTitle;
  private String newDescription;
  private List<String> newChannels = new ArrayList<>();
  private LocalDate newOpensOn;
  private LocalDate newClosesOn;

  private final LazyDataModel<RoundView> model =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) Math.min(Integer.MAX_VALUE, solicitations.rounds(year, 0, 1).total());
        }

        @Override
        public List<RoundView> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          return solicitations.rounds(year, first, pageSize).items();
        }

        @Override
        public String getRowKey(RoundView row) {
          return String.valueOf(row.id());
        }
      };

  public void search() {
    Tables.firstPage(":rounds:table");
  }

  public boolean isManager() {
    return actors.current().hasPermission(PlanningModule.PARTICIPATION_MANAGE);
  }

  /** Opens the round of the form and shows it; a refusal stays in the form. */
  public String create() {
    RoundView made =
        faces.attempt(
            () ->
                solicitations.open(
                    new RoundDraft(
                        newYear,
                        newUnit == null ? null : newUnit.code(),
                        newTitle,
                        newDescription,
                        newChannels,
                        newOpensOn,
                        newClosesOn)));
    if (made == null) {
      return null;
    }
    return "/planning/solicitation.xhtml?faces-redirect=true&id=" + made.id();
  }

  public List<UnitSummary> completeUnit(String text) {
    return units.search(text);
  }

  public List<String> getChannels() {
    return Arrays.stream(TaskSource.values()).map(Enum::name).toList();
  }

  public LazyDataModel<RoundView> getModel() {
    return model;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
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

  public String getNewDescription() {
    return newDescription;
  }

  public void setNewDescription(String newDescription) {
    this.newDescription = newDescription;
  }

  public List<String> getNewChannels() {
    return newChannels;
  }

  public void setNewChannels(List<String> newChannels) {
    this.newChannels = newChannels;
  }

  public LocalDate getNewOpensOn() {
    return newOpensOn;
  }

  public void setNewOpensOn(LocalDate newOpensOn) {
    this.newOpensOn = newOpensOn;
  }

  public LocalDate getNewClosesOn() {
    return newClosesOn;
  }

  public void setNewClosesOn(LocalDate newClosesOn) {
    this.newClosesOn = newClosesOn;
  }
}

package cn.finegov.planning.interfaces.web.participation;

import cn.finegov.kernel.api.export.ExcelTable;
import cn.finegov.kernel.api.i18n.MessageSource;
import cn.finegov.kernel.api.org.UnitSummary;
import cn.finegov.kernel.api.security.ActorContext;
import cn.finegov.kernel.interfaces.web.DisplaySettings;
import cn.finegov.kernel.interfaces.web.Faces;
import cn.finegov.kernel.interfaces.web.Messages;
import cn.finegov.planning.PlanningModule;
import cn.finegov.planning.application.PlanService;
import cn.finegov.planning.application.PlanView;
import cn.finegov.planning.application.participation.EvaluationDraft;
import cn.finegov.planning.application.participation.EvaluationService;
import cn.finegov.planning.application.participation.EvaluationView;
import cn.finegov.planning.application.participation.ScoreDraft;
import cn.finegov.planning.application.participation.ScoreView;
import cn.finegov.planning.domain.model.plan.PlanFilter;
import cn.finegov.planning.domain.model.plan.PlanLevel;
import cn.finegov.planning.interfaces.web.task.PlanningUnits;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

/**
 * Satisfaction evaluation rounds of the reader's units (lazy table), opening one, and the chosen
 * round: its ranked results, entering the votes per plan, publishing.
 */
@Named("planningEvaluations")
@ViewScoped
public class EvaluationsBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient EvaluationService evaluations;
  @Inject private transient PlanService plans;
  @Inject private transient ActorContext actors;
  @Inject private transient PlanningUnits units;
  @Inject private transient Faces faces;
  @Inject private transient MessageSource messages;
  @Inject private transient DisplaySettings display;

  private Integer year;

  private Integer newYear = LocalDate.now().getYear();
  private PlanLevel newLevel;
  private UnitSummary newUnit;
  private String newTitle;

  private EvaluationView selected;
  private Long planId;
  private Integer satisfied;
  private Integer basicallySatisfied;
  private Integer dissatisfied;

  private final LazyDataModel<EvaluationView> model =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) Math.min(Integer.MAX_VALUE, evaluations.search(year, 0, 1).total());
        }

        @Override
        public List<EvaluationView> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          return evaluations.search(year, first, pageSize).items();
        }

        @Override
        public String getRowKey(EvaluationView row) {
          return String.valueOf(row.id());
        }
      };

  public void search() {
    Tables.firstPage(":evaluations:table");
  }

  public boolean isManager() {
    return actors.current().hasPermission(PlanningModule.EVALUATION_MANAGE);
  }

  public void open() {
    EvaluationView made =
        faces.attempt(
            () ->
                evaluations.open(
                    new EvaluationDraft(
                        newYear,
                        newLevel == null ? null : newLevel.name(),
                        newUnit == null ? null : newUnit.code(),
                        newTitle)));
    if (made != null) {
      selected = made;
      faces.info("planning.ui.evaluation.opened", made.title());
    }
  }

  public void select(EvaluationView round) {
    selected = evaluations.detail(round.id());
    planId = null;
    satisfied = null;
    basicallySatisfied = null;
    dissatisfied = null;
  }

  public void score() {
    EvaluationView done =
        faces.attempt(
            () ->
                evaluations.score(
                    selected.id(),
                    new ScoreDraft(planId, satisfied, basicallySatisfied, dissatisfied)));
    if (done != null) {
      selected = done;
      planId = null;
      satisfied = null;
      basicallySatisfied = null;
      dissatisfied = null;
    }
  }

  public void publish() {
    EvaluationView done =
        faces.attempt(() -> evaluations.publish(selected.id(), selected.version()));
    if (done != null) {
      selected = done;
      faces.info("planning.ui.evaluation.published", done.title());
    }
  }

  /** The selected round's ranked results as a workbook (votes per plan; no personal data). */
  public StreamedContent getResultsExport() {
    List<ScoreView> rows = selected == null ? List.of() : selected.results();
    Locale locale = Messages.locale();
    MessageSource texts = messages;
    var sheet =
        ExcelTable.<ScoreView>sheet(texts.get(locale, "menu.planning.evaluations"), display.zone())
            .column(texts.get(locale, "planning.ui.evaluation.rank"), ScoreView::rank, 6)
            .column(texts.get(locale, "planning.ui.participation.unit"), ScoreView::unitName, 26)
            .column(texts.get(locale, "planning.ui.participation.plan"), ScoreView::planTitle, 36)
            .column(texts.get(locale, "planning.ui.evaluation.satisfied"), ScoreView::satisfied, 8)
            .column(
                texts.get(locale, "planning.ui.evaluation.basically-satisfied"),
                ScoreView::basicallySatisfied,
                10)
            .column(
                texts.get(locale, "planning.ui.evaluation.dissatisfied"),
                ScoreView::dissatisfied,
                8)
            .column(texts.get(locale, "planning.ui.evaluation.votes"), ScoreView::total, 8)
            .column(texts.get(locale, "planning.ui.evaluation.rate"), ScoreView::rate, 10);
    return DefaultStreamedContent.builder()
        .name("planning-evaluation.xlsx")
        .contentType(ExcelTable.CONTENT_TYPE)
        .writer(Faces.writer(out -> sheet.write(rows, out)))
        .build();
  }

  /**
   * The plans of the selected round's year and level in the reader's scope (the service refuses
   * those outside the round's unit).
   */
  public List<PlanView> getPlans() {
    if (selected == null || !actors.current().hasPermission(PlanningModule.PLAN_READ)) {
      return List.of();
    }
    return plans
        .search(
            new PlanFilter(selected.year(), PlanLevel.valueOf(selected.level()), null, null),
            0,
            500)
        .items();
  }

  public List<UnitSummary> completeUnit(String text) {
    return units.search(text);
  }

  public List<PlanLevel> getLevels() {
    return Arrays.asList(PlanLevel.values());
  }

  public LazyDataModel<EvaluationView> getModel() {
    return model;
  }

  // --- properties -------------------------------------------------------------------------------

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

  public PlanLevel getNewLevel() {
    return newLevel;
  }

  public void setNewLevel(PlanLevel newLevel) {
    this.newLevel = newLevel;
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

  public EvaluationView getSelected() {
    return selected;
  }

  public Long getPlanId() {
    return planId;
  }

  public void setPlanId(Long planId) {
    this.planId = planId;
  }

  public Integer getSatisfied() {
    return satisfied;
  }

  public void setSatisfied(Integer satisfied) {
    this.satisfied = satisfied;
  }

  public Integer getBasicallySatisfied() {
    return basicallySatisfied;
  }

  public void setBasicallySatisfied(Integer basicallySatisfied) {
    this.basicallySatisfied = basicallySatisfied;
  }

  public Integer getDissatisfied() {
    return dissatisfied;
  }

  public void setDissatisfied(Integer dissatisfied) {
    this.dissatisfied = dissatisfied;
  }
}

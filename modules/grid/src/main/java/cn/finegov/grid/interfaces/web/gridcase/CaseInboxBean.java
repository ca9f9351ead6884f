package cn.finegov.grid.interfaces.web.gridcase;

import cn.finegov.grid.application.category.CategoryService;
import cn.finegov.grid.application.category.CategoryView;
import cn.finegov.grid.application.gridcase.CaseCommand;
import cn.finegov.grid.application.gridcase.CaseService;
import cn.finegov.grid.application.gridcase.CaseSummary;
import cn.finegov.grid.domain.model.gridcase.CaseAction;
import cn.finegov.grid.domain.model.gridcase.CaseDuty;
import cn.finegov.grid.domain.model.gridcase.CaseFilter;
import cn.finegov.grid.domain.model.gridcase.CaseState;
import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.export.ExcelTable;
import cn.finegov.kernel.api.org.UnitSummary;
import cn.finegov.kernel.api.security.ActorContext;
import cn.finegov.kernel.interfaces.web.DisplaySettings;
import cn.finegov.kernel.interfaces.web.Faces;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

/**
 * The case inbox: "my tasks" (the cases waiting for one of the reader's duties) or every case
 * within the reader's reach, with filters, bulk dispatch and bulk filing (each case a step of its
 * own, refusals listed with their reasons) and the Excel download of the filtered list.
 */
@Named("gridInbox")
@ViewScoped
public class CaseInboxBean implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Shows the reader's tasks. */
  public static final String TASKS = "tasks";

  /** Shows every case within reach. */
  public static final String ALL = "all";

  @Inject private transient CaseService cases;
  @Inject private transient CategoryService categories;
  @Inject private transient ActorContext actors;
  @Inject private transient UnitChoices units;
  @Inject private transient CaseScreens screens;
  @Inject private transient CaseExport export;
  @Inject private transient DisplaySettings display;

  private String view = TASKS;
  private List<String> states = new ArrayList<>();
  private String category;
  private String gridPrefix;
  private UnitSummary unit;
  private boolean overdue;
  private boolean supervised;
  private String numberLike;

  private List<CaseSummary> selection = new ArrayList<>();
  private UnitSummary bulkUnit;

  private final Map<String, String> unitNames = new HashMap<>();
  private boolean capped;
  private Map<String, String> categoryChoices;

  private final LazyDataModel<CaseSummary> model =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          long matching = cases.countForList(filter());
          capped = matching > CaseService.COUNT_CAP;
          return (int) Math.min(matching, CaseService.COUNT_CAP);
        }

        @Override
        public List<CaseSummary> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          return cases.search(filter(), first, pageSize);
        }

        @Override
        public String getRowKey(CaseSummary row) {
          return row.number();
        }

        @Override
        public CaseSummary getRowData(String rowKey) {
          List<CaseSummary> shown = getWrappedData();
          return shown == null
              ? null
              : shown.stream().filter(c -> c.number().equals(rowKey)).findFirst().orElse(null);
        }
      };

  @PostConstruct
  void init() {
    if (!hasDuties()) {
      view = ALL;
    }
  }

  /** Whether the reader holds a duty with an inbox (leaders and observers only read). */
  public boolean hasDuties() {
    return !cases.inboxOf(actors.current()).isEmpty();
  }

  CaseFilter filter() {
    Set<CaseState> wanted = EnumSet.noneOf(CaseState.class);
    for (String state : states) {
      wanted.add(CaseState.valueOf(state));
    }
    Map<CaseDuty, Set<CaseState>> tasks = TASKS.equals(view) ? cases.myTasks().tasks() : null;
    if (TASKS.equals(view) && tasks.isEmpty()) {
      tasks = Map.of(CaseDuty.REPORT, EnumSet.noneOf(CaseState.class));
    }
    return new CaseFilter(
        wanted,
        blank(category),
        blank(gridPrefix),
        unit == null ? null : unit.code(),
        overdue,
        supervised,
        blank(numberLike),
        tasks,
        null);
  }

  /** Applies the filters: the table starts again at its first page. */
  public void search() {
    selection = new ArrayList<>();
    var table = FacesContext.getCurrentInstance().getViewRoot().findComponent(":inbox:table");
    if (table instanceof org.primefaces.component.datatable.DataTable data) {
      data.setFirst(0);
    }
  }

  /** Clears the filters. */
  public void reset() {
    search();
    states = new ArrayList<>();
    category = null;
    gridPrefix = null;
    unit = null;
    overdue = false;
    supervised = false;
    numberLike = null;
    selection = new ArrayList<>();
  }

  // --- bulk steps ---------------------------------------------------------------------------

  public boolean isDispatcher() {
    return actors.current().hasPermission(CaseDuty.DISPATCH.permission());
  }

  /** Rows may be selected for bulk steps by dispatchers and filers only. */
  public String getSelectionMode() {
    return isDispatcher() || isFiler() ? "multiple" : null;
  }

  public boolean isFiler() {
    return actors.current().hasPermission(CaseDuty.ACCEPT.permission());
  }

  /** Dispatches every selected case to the chosen unit. */
  public void bulkDispatch() {
    if (bulkUnit == null) {
      screens.error(screens.text("grid.ui.case.bulk.unit-required"));
      return;
    }
    String code = bulkUnit.code();
    bulk(
        CaseAction.DISPATCH,
        c -> new CaseCommand(CaseAction.DISPATCH, code, null, null, null, c.version()));
  }

  /** Files every selected case. */
  public void bulkFile() {
    bulk(
        CaseAction.FILE,
        c -> new CaseCommand(CaseAction.FILE, null, null, null, null, c.version()));
  }

  private void bulk(CaseAction action, Function<CaseSummary, CaseCommand> command) {
    if (selection == null || selection.isEmpty()) {
      screens.error(screens.text("grid.ui.case.bulk.none-selected"));
      return;
    }
    int done = 0;
    Map<String, String> refused = new LinkedHashMap<>();
    for (CaseSummary row : selection) {
      try {
        cases.act(row.number(), command.apply(row));
        done++;
      } catch (DomainException refusal) {
        refused.put(row.number(), screens.describe(refusal));
      } catch (RuntimeException failure) {
        DomainException refusal = DomainException.in(failure).orElseThrow(() -> failure);
        refused.put(row.number(), screens.describe(refusal));
      }
    }
    String actionName = screens.text(action.label().key());
    FacesContext context = FacesContext.getCurrentInstance();
    context.addMessage(
        null,
        new FacesMessage(
            refused.isEmpty() ? FacesMessage.SEVERITY_INFO : FacesMessage.SEVERITY_WARN,
            screens.text("grid.ui.case.bulk.summary", actionName, done, refused.size()),
            null));
    refused.forEach(
        (number, reason) ->
            context.addMessage(
                null,
                new FacesMessage(
                    FacesMessage.SEVERITY_ERROR,
                    screens.text("grid.ui.case.bulk.refused", number, reason),
                    null)));
    selection = new ArrayList<>();
  }

  // --- export -------------------------------------------------------------------------------

  public StreamedContent getExport() {
    List<CaseSummary> rows = export.rows(filter(), TASKS.equals(view));
    var locale = screens.locale();
    var zone = display.zone();
    CaseExport writer = export;
    return DefaultStreamedContent.builder()
        .name("cases.xlsx")
        .contentType(ExcelTable.CONTENT_TYPE)
        .writer(Faces.writer(out -> writer.write(rows, locale, zone, out)))
        .build();
  }

  // --- what the view shows ------------------------------------------------------------------

  public List<UnitSummary> completeUnit(String text) {
    return units.search(text);
  }

  public String unitName(String code) {
    return units.name(code, unitNames);
  }

  /** Active categories by code, for the filter ({@code C0109 → 公用设施 / 路灯}). */
  public Map<String, String> getCategories() {
    if (categoryChoices == null) {
      categoryChoices = new LinkedHashMap<>();
      for (CategoryView c : categories.categories()) {
        if (c.active()) {
          categoryChoices.put(c.code(), CaseReportBean.label(c, screens.locale()));
        }
      }
    }
    return categoryChoices;
  }

  public List<CaseState> getAllStates() {
    return Arrays.asList(CaseState.values());
  }

  public String time(java.time.Instant instant) {
    return display.time(instant);
  }

  /** Whether more cases match than the list counts and pages through. */
  public boolean isCapped() {
    return capped;
  }

  public int getCountCap() {
    return CaseService.COUNT_CAP;
  }

  public LazyDataModel<CaseSummary> getModel() {
    return model;
  }

  private static String blank(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  // --- properties ---------------------------------------------------------------------------

  public String getView() {
    return view;
  }

  public void setView(String view) {
    this.view = ALL.equals(view) ? ALL : TASKS;
  }

  public List<String> getStates() {
    return states;
  }

  public void setStates(List<String> states) {
    this.states = states == null ? new ArrayList<>() : new ArrayList<>(states);
  }

  /** One state as a page parameter ({@code ?state=CLOSED}, from a dashboard card). */
  public String getState() {
    return states.size() == 1 ? states.get(0) : null;
  }

  /** Sets the state filter to this state; an unknown name (a hand-edited address) is ignored. */
  public void setState(String state) {
    Arrays.stream(CaseState.values())
        .map(CaseState::name)
        .filter(name -> name.equals(state))
        .findFirst()
        .ifPresent(name -> setStates(List.of(name)));
  }

  public String getCategory() {
    return category;
  }

  /** Sets the category filter; a code that is not an active category is ignored. */
  public void setCategory(String category) {
    this.category =
        category == null || category.isBlank() || getCategories().containsKey(category)
            ? category
            : null;
  }

  public String getGridPrefix() {
    return gridPrefix;
  }

  public void setGridPrefix(String gridPrefix) {
    this.gridPrefix = gridPrefix;
  }

  public UnitSummary getUnit() {
    return unit;
  }

  public void setUnit(UnitSummary unit) {
    this.unit = unit;
  }

  public boolean isOverdue() {
    return overdue;
  }

  public void setOverdue(boolean overdue) {
    this.overdue = overdue;
  }

  public boolean isSupervised() {
    return supervised;
  }

  public void setSupervised(boolean supervised) {
    this.supervised = supervised;
  }

  public String getNumberLike() {
    return numberLike;
  }

  public void setNumberLike(String numberLike) {
    this.numberLike = numberLike;
  }

  public List<CaseSummary> getSelection() {
    return selection;
  }

  public void setSelection(List<CaseSummary> selection) {
    this.selection = selection == null ? new ArrayList<>() : selection;
  }

  public UnitSummary getBulkUnit() {
    return bulkUnit;
  }

  public void setBulkUnit(UnitSummary bulkUnit) {
    this.bulkUnit = bulkUnit;
  }
}

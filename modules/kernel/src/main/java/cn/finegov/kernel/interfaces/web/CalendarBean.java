package cn.finegov.kernel.interfaces.web;

import cn.finegov.kernel.api.calendar.DayType;
import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.error.FieldError;
import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.kernel.api.export.ExcelTable;
import cn.finegov.kernel.api.i18n.MessageSource;
import cn.finegov.kernel.application.calendar.ArrangementView;
import cn.finegov.kernel.application.calendar.CalendarDayView;
import cn.finegov.kernel.application.calendar.CalendarExport;
import cn.finegov.kernel.application.calendar.CalendarService;
import cn.finegov.kernel.application.calendar.CalendarYearView;
import cn.finegov.kernel.application.calendar.DayChange;
import cn.finegov.kernel.application.calendar.YearLoadResult;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The working-day calendar screen: a month of a region's calendar (or the national one) with the
 * year's special days, editing a day, uploading a year's file with a per-line error report, and the
 * Excel export of the year.
 */
@Named("calendarDays")
@ViewScoped
public class CalendarBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient CalendarService calendar;
  @Inject private transient CalendarExport export;
  @Inject private transient MessageSource messages;
  @Inject private transient DisplaySettings display;
  @Inject private transient Faces faces;

  private int year;
  private int month;
  private String region;
  private String regionInput;
  private CalendarYearView view;

  private LocalDate editDate;
  private DayType editType;
  private String editName;
  private String editNameEn;

  private List<LineError> uploadErrors = List.of();
  private YearLoadResult lastLoad;

  /**
   * One cell of the month grid.
   *
   * @param day the date as the calendar has it, {@code null} for cells outside the month
   * @param today whether it is today
   */
  public record Cell(CalendarDayView day, boolean today) implements Serializable {
    private static final long serialVersionUID = 1L;

    public String css() {
      if (day == null) {
        return "cal-empty";
      }
      return "cal-"
          + day.type().name().toLowerCase(Locale.ROOT).replace('_', '-')
          + (day.decidedBy() == CalendarDayView.Decision.REGIONAL ? " cal-regional" : "")
          + (today ? " cal-today" : "");
    }
  }

  /**
   * A bad line of an uploaded file.
   *
   * @param where {@code line <n>} or {@code file}
   * @param reason why, in the reader's language
   */
  public record LineError(String where, String reason) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  @PostConstruct
  void init() {
    LocalDate today = LocalDate.now(display.zone());
    year = today.getYear();
    month = today.getMonthValue();
  }

  /** The year shown, loaded on first use; an unusable year or region falls back to this year. */
  public CalendarYearView getView() {
    if (view == null || view.year() != year) {
      CalendarYearView loaded = faces.attempt(() -> calendar.year(year, region));
      if (loaded == null) {
        year = LocalDate.now(display.zone()).getYear();
        region = null;
        regionInput = null;
        loaded = calendar.year(year, null);
      }
      view = loaded;
      region = loaded.region();
    }
    return view;
  }

  /** The region asked for in the address ({@code ?region=}). */
  public String getRegionParam() {
    return region;
  }

  public void setRegionParam(String text) {
    if (text != null && !text.isBlank()) {
      region = text.strip().toUpperCase(Locale.ROOT);
      regionInput = region;
      view = null;
    }
  }

  /** Shows the year and region typed in. */
  public void show() {
    String wanted = regionInput == null || regionInput.isBlank() ? null : regionInput.strip();
    CalendarYearView loaded = faces.attempt(() -> calendar.year(year, wanted));
    if (loaded != null) {
      region = loaded.region();
      regionInput = region;
      view = loaded;
    }
  }

  public void previousMonth() {
    moveMonth(-1);
  }

  public void nextMonth() {
    moveMonth(1);
  }

  private void moveMonth(int step) {
    YearMonth moved = YearMonth.of(year, month).plusMonths(step);
    int targetYear = moved.getYear();
    if (targetYear < CalendarService.MIN_YEAR || targetYear > CalendarService.MAX_YEAR) {
      return;
    }
    year = targetYear;
    month = moved.getMonthValue();
    view = null;
  }

  /** The weeks (Monday first) of the month shown. */
  public List<List<Cell>> getWeeks() {
    CalendarYearView shown = getView();
    LocalDate first = LocalDate.of(year, month, 1);
    LocalDate today = LocalDate.now(display.zone());
    List<List<Cell>> weeks = new ArrayList<>();
    List<Cell> week = new ArrayList<>();
    for (int i = 1; i < first.getDayOfWeek().getValue(); i++) {
      week.add(new Cell(null, false));
    }
    for (LocalDate date = first; date.getMonthValue() == month; date = date.plusDays(1)) {
      week.add(new Cell(shown.days().get(date.getDayOfYear() - 1), date.equals(today)));
      if (week.size() == 7) {
        weeks.add(week);
        week = new ArrayList<>();
      }
    }
    if (!week.isEmpty()) {
      while (week.size() < 7) {
        week.add(new Cell(null, false));
      }
      weeks.add(week);
    }
    return weeks;
  }

  /** Monday to Sunday, for the grid's head. */
  public List<Integer> getWeekdays() {
    return List.of(1, 2, 3, 4, 5, 6, 7);
  }

  public List<Integer> getMonths() {
    return List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
  }

  /** The year's days that are not ordinary. */
  public List<CalendarDayView> getSpecialDays() {
    return getView().specialDays();
  }

  public List<ArrangementView> getArrangements() {
    return getView().arrangements();
  }

  /** Region codes that have days of their own, for the region field. */
  public List<String> completeRegion(String query) {
    String wanted = query == null ? "" : query.strip().toUpperCase(Locale.ROOT);
    List<String> regions = faces.attempt(() -> calendar.regions());
    return regions == null
        ? List.of()
        : regions.stream().filter(code -> code.contains(wanted)).limit(20).toList();
  }

  /** Opens the editor on a date. */
  public void startEdit(String date) {
    CalendarDayView day = faces.attempt(() -> calendar.day(LocalDate.parse(date), region));
    if (day == null) {
      return;
    }
    editDate = day.date();
    editType = day.type();
    editName = day.name();
    editNameEn = day.nameEn();
  }

  /** Saves the day being edited. */
  public void saveDay() {
    CalendarDayView saved =
        faces.attempt(
            () ->
                calendar.changeDay(
                    region, editDate, new DayChange(editType, editName, editNameEn)));
    if (saved != null) {
      faces.info(
          "calendar.day.saved",
          saved.date().toString(),
          messages.get(Messages.locale(), saved.type().labelKey()));
      view = null;
    }
  }

  /** Removes the stored day being edited (the region follows the national calendar again). */
  public void resetDay() {
    CalendarDayView reset = faces.attempt(() -> calendar.resetDay(region, editDate));
    if (reset != null) {
      faces.info(
          "calendar.day.reset-done",
          reset.date().toString(),
          messages.get(Messages.locale(), reset.type().labelKey()));
      editType = reset.type();
      editName = reset.name();
      editNameEn = reset.nameEn();
      view = null;
    }
  }

  /** The largest year file accepted. */
  public long getMaxUploadBytes() {
    return CalendarService.MAX_FILE_BYTES;
  }

  /** Loads an uploaded year's file into the region shown (or the national calendar). */
  public void upload(FileUploadEvent event) {
    uploadErrors = List.of();
    lastLoad = null;
    if (event.getFile().getSize() > CalendarService.MAX_FILE_BYTES) {
      faces.error("calendar.upload.too-large");
      return;
    }
    try {
      lastLoad =
          calendar.loadYear(
              null, region, event.getFile().getContent(), event.getFile().getFileName());
      faces.info(
          "calendar.upload.done",
          String.valueOf(lastLoad.year()),
          String.valueOf(lastLoad.days()),
          String.valueOf(lastLoad.recomputedDeadlines()));
      year = lastLoad.year();
      view = null;
    } catch (ValidationException invalid) {
      Locale locale = Messages.locale();
      List<LineError> lines = new ArrayList<>();
      for (FieldError error : invalid.errors()) {
        String where =
            error.field().startsWith("line ")
                ? messages.get(locale, "calendar.upload.line", error.field().substring(5))
                : messages.get(locale, "field." + error.field());
        lines.add(
            new LineError(where, messages.get(locale, error.messageKey(), error.arguments())));
      }
      uploadErrors = List.copyOf(lines);
      faces.error(
          "calendar.upload.failed", event.getFile().getFileName(), String.valueOf(lines.size()));
    } catch (DomainException refusal) {
      faces.refusal(refusal);
    }
  }

  /** The year shown as an Excel sheet. */
  public StreamedContent getExport() {
    CalendarYearView shown = getView();
    Locale locale = Messages.locale();
    return DefaultStreamedContent.builder()
        .name(CalendarExport.fileName(shown))
        .contentType(ExcelTable.CONTENT_TYPE)
        .writer(
            out -> {
              try {
                export.write(shown, locale, display.zone(), out);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            })
        .build();
  }

  /** The name of a region shown in titles: its code, or "national". */
  public String getRegionLabel() {
    return region == null ? messages.get(Messages.locale(), "calendar.region.national") : region;
  }

  public DayType[] getTypes() {
    return DayType.values();
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
    this.view = null;
  }

  public int getMonth() {
    return month;
  }

  public void setMonth(int month) {
    this.month = Math.max(1, Math.min(12, month));
  }

  public String getRegion() {
    return region;
  }

  public String getRegionInput() {
    return regionInput;
  }

  public void setRegionInput(String regionInput) {
    this.regionInput = regionInput;
  }

  public LocalDate getEditDate() {
    return editDate;
  }

  public DayType getEditType() {
    return editType;
  }

  public void setEditType(DayType editType) {
    this.editType = editType;
  }

  public String getEditName() {
    return editName;
  }

  public void setEditName(String editName) {
    this.editName = editName;
  }

  public String getEditNameEn() {
    return editNameEn;
  }

  public void setEditNameEn(String editNameEn) {
    this.editNameEn = editNameEn;
  }

  public List<LineError> getUploadErrors() {
    return uploadErrors;
  }

  public YearLoadResult getLastLoad() {
    return lastLoad;
  }
}

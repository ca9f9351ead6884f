package cn.finegov.kernel.interfaces.web;

import cn.finegov.kernel.api.calendar.ComputedDeadline;
import cn.finegov.kernel.api.calendar.WorkingCalendar;
import cn.finegov.kernel.api.calendar.WorkingDayCount;
import cn.finegov.kernel.api.error.ValidationException;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The calculator of the calendar screen: add working days or working hours to a date, or count the
 * working days between two dates, and show how the result came about.
 */
@Named("calendarCalculator")
@ViewScoped
public class CalendarCalculatorBean implements Serializable {

  private static final long serialVersionUID = 1L;

  /** What to compute. */
  public enum Operation {
    ADD_DAYS,
    ADD_HOURS,
    COUNT;

    public String labelKey() {
      return "calendar.calc.operation." + name();
    }
  }

  /**
   * What the last computation gave.
   *
   * @param due the due date (and time), or the count
   * @param explanation how it came about, in the reader's language
   * @param provisional whether a year without arrangement was reached
   * @param calendarVersion the calendar version used
   */
  public record Result(String due, String explanation, boolean provisional, long calendarVersion)
      implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  @Inject private transient WorkingCalendar calendar;
  @Inject private transient DisplaySettings display;
  @Inject private transient Faces faces;

  private Operation operation = Operation.ADD_DAYS;
  private LocalDate start;
  private String time = "09:00";
  private Integer days = 20;
  private BigDecimal hours = BigDecimal.ONE;
  private LocalDate end;
  private String region;
  private Result result;

  @PostConstruct
  void init() {
    start = LocalDate.now(display.zone());
    end = start.plusMonths(1);
  }

  /** Computes and shows the result, or the reasons the input is refused. */
  public void compute() {
    result = null;
    Locale locale = Messages.locale();
    result =
        faces.attempt(
            () ->
                switch (operation) {
                  case ADD_DAYS -> {
                    if (days == null) {
                      throw ValidationException.of("days", "validation.required");
                    }
                    ComputedDeadline due = calendar.addWorkingDays(start, days, region);
                    yield new Result(
                        due.dueDate().toString(),
                        due.explanation(locale),
                        due.provisional(),
                        due.calendarVersion());
                  }
                  case ADD_HOURS -> {
                    LocalTime at = parseTime();
                    if (hours == null) {
                      throw ValidationException.of("hours", "validation.required");
                    }
                    long minutes =
                        hours
                            .multiply(BigDecimal.valueOf(60))
                            .setScale(0, RoundingMode.HALF_UP)
                            .longValue();
                    ComputedDeadline due =
                        calendar.addWorkingHours(
                            start == null ? null : start.atTime(at),
                            Duration.ofMinutes(minutes),
                            region);
                    yield new Result(
                        due.dueDate() + " " + due.dueTime(),
                        due.explanation(locale),
                        due.provisional(),
                        due.calendarVersion());
                  }
                  case COUNT -> {
                    WorkingDayCount count = calendar.countWorkingDays(start, end, region);
                    yield new Result(
                        String.valueOf(count.workingDays()),
                        count.explanation(locale),
                        count.provisional(),
                        count.calendarVersion());
                  }
                });
  }

  private LocalTime parseTime() {
    if (time == null || time.isBlank()) {
      throw ValidationException.of("time", "validation.required");
    }
    try {
      return LocalTime.parse(time.strip());
    } catch (DateTimeParseException e) {
      throw ValidationException.of("time", "calendar.time.invalid", time.strip());
    }
  }

  public Operation[] getOperations() {
    return Operation.values();
  }

  public Operation getOperation() {
    return operation;
  }

  public void setOperation(Operation operation) {
    this.operation = operation == null ? Operation.ADD_DAYS : operation;
  }

  public LocalDate getStart() {
    return start;
  }

  public void setStart(LocalDate start) {
    this.start = start;
  }

  public String getTime() {
    return time;
  }

  public void setTime(String time) {
    this.time = time;
  }

  public Integer getDays() {
    return days;
  }

  public void setDays(Integer days) {
    this.days = days;
  }

  public BigDecimal getHours() {
    return hours;
  }

  public void setHours(BigDecimal hours) {
    this.hours = hours;
  }

  public LocalDate getEnd() {
    return end;
  }

  public void setEnd(LocalDate end) {
    this.end = end;
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  public Result getResult() {
    return result;
  }
}

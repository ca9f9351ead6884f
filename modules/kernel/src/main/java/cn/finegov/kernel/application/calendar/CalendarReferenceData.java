package cn.finegov.kernel.application.calendar;

import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.kernel.application.setup.KernelDataPart;
import cn.finegov.kernel.domain.model.calendar.CalendarFile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The official arrangements shipped with the suite ({@code config/calendars/<year>.csv}, copied
 * into the kernel jar under {@value #LOCATION}): at every start, each year that has no arrangement
 * yet is loaded into the national calendar. Years already arranged, and days administrators stored,
 * are never overwritten.
 */
@ApplicationScoped
public class CalendarReferenceData implements KernelDataPart {

  /** Where the shipped files are on the class path. */
  public static final String LOCATION = "cn/finegov/kernel/calendar/data/";

  /** First year looked for. */
  static final int FIRST_YEAR = 2000;

  /** Years after the current one looked for. */
  static final int YEARS_AHEAD = 5;

  private static final Logger LOG = Logger.getLogger(CalendarReferenceData.class.getName());

  @Inject private CalendarService calendar;

  @Override
  public int order() {
    return 50;
  }

  @Override
  public void loadReferenceData() {
    for (Shipped shipped : shipped(Year.now().getValue() + YEARS_AHEAD)) {
      Optional<YearLoadResult> loaded = calendar.loadReference(shipped.file(), shipped.source());
      loaded.ifPresent(
          result ->
              LOG.info(
                  () ->
                      "Working-day calendar: loaded the shipped arrangement of "
                          + result.year()
                          + " ("
                          + result.days()
                          + " days, calendar version "
                          + result.calendarVersion()
                          + ")"));
    }
  }

  /**
   * A shipped year, read and checked.
   *
   * @param file its days
   * @param source its name, e.g. {@code config/calendars/2026.csv}
   */
  public record Shipped(CalendarFile file, String source) {}

  /** The shipped years up to {@code lastYear} that can be read; unreadable ones are logged. */
  public static List<Shipped> shipped(int lastYear) {
    List<Shipped> years = new ArrayList<>();
    ClassLoader loader = CalendarReferenceData.class.getClassLoader();
    for (int year = FIRST_YEAR; year <= lastYear; year++) {
      try (InputStream in = loader.getResourceAsStream(LOCATION + year + ".csv")) {
        if (in == null) {
          continue;
        }
        years.add(
            new Shipped(
                CalendarFile.parse(in.readAllBytes(), year), "config/calendars/" + year + ".csv"));
      } catch (ValidationException e) {
        LOG.log(Level.SEVERE, "The shipped calendar of " + year + " is invalid: " + e.errors(), e);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return years;
  }
}

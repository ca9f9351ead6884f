package cn.finegov.benchmark.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark's city below the demo city 江城市 ({@value #CITY}): {@code districts} districts
 * ({@code 990161}, {@code 990162}, …: the demo's own districts 990102 and 990105 stay out of it),
 * each with {@code streets} streets ({@code 990161001} … after the GB/T 2260 rule of the kernel's
 * unit codes: six digits for a district, three more for a street) and {@code departments} city
 * departments ({@code 990100-P01} …) that lead the city's tasks. The plan tree: {@code cityTasks}
 * tasks in the city's plan, each decomposed to every district, each district's task to every street
 * of it. With the defaults (14, 20, 6, 68): 300 units and 20,060 tasks.
 *
 * <p>A smaller shape is a prefix of a larger one (same codes), so a development run's units are
 * reused by the full run.
 */
public record PlanTreeShape(int districts, int streets, int departments, int cityTasks) {

  /** The demo city above everything the benchmark makes. */
  public static final String CITY = "990100";

  /** The first district's number inside the city's code ({@code 9901xx}). */
  private static final int FIRST_DISTRICT = 61;

  /** Most districts: the two digits of the district in the code run out at 99. */
  public static final int MAX_DISTRICTS = 99 - FIRST_DISTRICT + 1;

  public PlanTreeShape {
    if (districts < 1 || districts > MAX_DISTRICTS) {
      throw new IllegalArgumentException("districts: 1.." + MAX_DISTRICTS + ", not " + districts);
    }
    if (streets < 1 || streets > 100) {
      // a decomposition names at most 100 units
      throw new IllegalArgumentException("streets: 1..100, not " + streets);
    }
    if (departments < 1 || departments > 99) {
      throw new IllegalArgumentException("departments: 1..99, not " + departments);
    }
    if (cityTasks < 1) {
      throw new IllegalArgumentException("cityTasks: at least 1, not " + cityTasks);
    }
  }

  /** A unit to make: code, names, kernel unit type, the parent's code, position among siblings. */
  public record Unit(
      String code, String name, String shortName, String type, String parentCode, int order) {}

  /** Units in the city: departments, districts, streets. */
  public int unitCount() {
    return departments + districts + districts * streets;
  }

  /** Tasks of the tree: the city's, one per district below each, one per street below those. */
  public long taskCount() {
    return (long) cityTasks * (1 + districts + (long) districts * streets);
  }

  /** The code of district {@code d} (0-based). */
  public String districtCode(int d) {
    return String.format(Locale.ROOT, "9901%02d", FIRST_DISTRICT + d);
  }

  /** The code of street {@code s} (0-based) of district {@code d} (0-based). */
  public String streetCode(int d, int s) {
    return districtCode(d) + String.format(Locale.ROOT, "%03d", s + 1);
  }

  /** The code of department {@code k} (0-based). */
  public String departmentCode(int k) {
    return String.format(Locale.ROOT, "%s-P%02d", CITY, k + 1);
  }

  /** The district codes in order. */
  public List<String> districtCodes() {
    List<String> codes = new ArrayList<>();
    for (int d = 0; d < districts; d++) {
      codes.add(districtCode(d));
    }
    return codes;
  }

  /** The street codes of district {@code d} in order. */
  public List<String> streetCodes(int d) {
    List<String> codes = new ArrayList<>();
    for (int s = 0; s < streets; s++) {
      codes.add(streetCode(d, s));
    }
    return codes;
  }

  /** The district (0-based) a district's or street's code belongs to, or -1. */
  public int districtOf(String code) {
    if (code == null || code.length() < 6 || !code.startsWith("9901")) {
      return -1;
    }
    try {
      int d = Integer.parseInt(code.substring(4, 6)) - FIRST_DISTRICT;
      return d >= 0 && d < districts ? d : -1;
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** The lead unit of city task {@code t} (0-based): the departments in turn. */
  public String leadOfCityTask(int t) {
    return departmentCode(t % departments);
  }

  /** Every unit, each after its parent: departments, then each district followed by its streets. */
  public List<Unit> units() {
    List<Unit> all = new ArrayList<>();
    for (int k = 0; k < departments; k++) {
      all.add(
          new Unit(
              departmentCode(k),
              "江城市压测第" + (k + 1) + "局",
              "压测" + (k + 1) + "局",
              "DEPARTMENT",
              CITY,
              100 + k));
    }
    for (int d = 0; d < districts; d++) {
      String district = districtCode(d);
      all.add(
          new Unit(
              district,
              "江城市压测" + (d + 1) + "区人民政府",
              "压测" + (d + 1) + "区",
              "DISTRICT",
              CITY,
              100 + d));
      for (int s = 0; s < streets; s++) {
        all.add(
            new Unit(
                streetCode(d, s),
                "压测" + (d + 1) + "区第" + (s + 1) + "街道办事处",
                "压测" + (d + 1) + "区" + (s + 1) + "街道",
                "STREET",
                district,
                s + 1));
      }
    }
    return all;
  }
}

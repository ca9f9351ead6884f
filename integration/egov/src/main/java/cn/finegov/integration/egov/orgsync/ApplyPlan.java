package cn.finegov.integration.egov.orgsync;

import cn.finegov.kernel.api.org.ExternalUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The order in which the rows of one file are applied, so that a file need not list parents before
 * children: units in use first, each after its parent when the parent is in the same file;
 * dissolved units last, deepest first, so that a unit is dissolved only after the units below it.
 * Rows that cannot be mapped, repeat a code, or form a parent cycle within the file are rejected
 * with the reason.
 */
public final class ApplyPlan {

  /**
   * One row and what to do with it.
   *
   * @param row the row
   * @param unit the mapped unit, {@code null} when rejected
   * @param rejection why the row is rejected, {@code null} when it is applied
   */
  public record Step(OrgDirectoryBatch.Row row, ExternalUnit unit, RowRejectedException rejection) {

    public boolean rejected() {
      return rejection != null;
    }
  }

  private ApplyPlan() {}

  public static List<Step> of(OrgDirectoryBatch batch, OrgDirectoryRowMapper mapper) {
    List<Step> rejected = new ArrayList<>();
    Map<String, Step> byCode = new HashMap<>();
    List<Step> mapped = new ArrayList<>();
    for (OrgDirectoryBatch.Row row : batch.rows()) {
      ExternalUnit unit;
      try {
        unit = mapper.map(row);
      } catch (RowRejectedException e) {
        rejected.add(new Step(row, null, e));
        continue;
      }
      String key = unit.code().toUpperCase(Locale.ROOT);
      Step first = byCode.get(key);
      if (first != null) {
        rejected.add(
            new Step(
                row,
                null,
                new RowRejectedException(
                    "orgsync.row.duplicate-code", unit.code(), first.row().number())));
        continue;
      }
      Step step = new Step(row, unit, null);
      byCode.put(key, step);
      mapped.add(step);
    }
    Map<String, Integer> depths = new HashMap<>();
    Set<String> inCycle = new HashSet<>();
    for (Step step : mapped) {
      depth(
          step.unit().code().toUpperCase(Locale.ROOT),
          byCode,
          depths,
          new LinkedHashSet<>(),
          inCycle);
    }
    List<Step> active = new ArrayList<>();
    List<Step> dissolved = new ArrayList<>();
    for (Step step : mapped) {
      String key = step.unit().code().toUpperCase(Locale.ROOT);
      if (inCycle.contains(key)) {
        rejected.add(
            new Step(
                step.row(),
                null,
                new RowRejectedException("orgsync.row.cycle", step.unit().code())));
      } else if (step.unit().active()) {
        active.add(step);
      } else {
        dissolved.add(step);
      }
    }
    Comparator<Step> byDepth =
        Comparator.comparingInt(s -> depths.get(s.unit().code().toUpperCase(Locale.ROOT)));
    Comparator<Step> byLine = Comparator.comparingInt(s -> s.row().number());
    active.sort(byDepth.thenComparing(byLine));
    dissolved.sort(byDepth.reversed().thenComparing(byLine));
    rejected.sort(byLine);
    List<Step> plan = new ArrayList<>(active);
    plan.addAll(dissolved);
    plan.addAll(rejected);
    return plan;
  }

  private static int depth(
      String code,
      Map<String, Step> byCode,
      Map<String, Integer> depths,
      LinkedHashSet<String> path,
      Set<String> inCycle) {
    Integer known = depths.get(code);
    if (known != null) {
      return known;
    }
    if (!path.add(code)) {
      // only the codes from the repeated one on form the cycle; those before it merely lead to it
      boolean inside = false;
      for (String member : path) {
        inside |= member.equals(code);
        if (inside) {
          inCycle.add(member);
        }
      }
      return 0;
    }
    Step step = byCode.get(code);
    String parent = step.unit().parentCode();
    int depth = 0;
    if (parent != null && byCode.containsKey(parent.toUpperCase(Locale.ROOT))) {
      depth = depth(parent.toUpperCase(Locale.ROOT), byCode, depths, path, inCycle) + 1;
    }
    depths.put(code, depth);
    path.remove(code);
    return depth;
  }
}

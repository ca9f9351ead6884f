package cn.finegov.grid.domain.model.category;

import cn.finegov.kernel.api.calendar.DeadlineRule;
import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.i18n.MessageKey;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stage's time limit written as people write it, in the category file, on the screen and in the
 * REST API: {@code 1h} (working hours), {@code 30min} (working minutes), {@code 3wd} (working
 * days); {@code 小时}, {@code 分钟} and {@code 工作日} are accepted as units too.
 */
public final class LimitText {

  private static final Pattern FORM =
      Pattern.compile("([0-9]{1,7})\\s*(h|min|wd|小时|分钟|工作日)", Pattern.CASE_INSENSITIVE);

  private LimitText() {}

  /**
   * Reads a limit.
   *
   * @throws DomainException {@code INVALID}: key {@code grid.category.limit-text} for an unreadable
   *     text, {@code grid.limits.zero} for nothing, {@code grid.category.limit-range} beyond the
   *     calendar's limits
   */
  public static DeadlineRule parse(CaseStage stage, String text) {
    String form = text == null ? "" : text.strip();
    Matcher matcher = FORM.matcher(form);
    if (!matcher.matches()) {
      throw new DomainException(
          DomainException.Kind.INVALID, "grid.category.limit-text", label(stage), form);
    }
    long amount = Long.parseLong(matcher.group(1));
    String unit = matcher.group(2).toLowerCase(Locale.ROOT);
    if (amount == 0) {
      throw new DomainException(DomainException.Kind.INVALID, "grid.limits.zero", label(stage));
    }
    boolean days = unit.equals("wd") || unit.equals("工作日");
    long minutes = unit.equals("h") || unit.equals("小时") ? amount * 60 : amount;
    if (days ? amount > DeadlineRule.MAX_DAYS : minutes > DeadlineRule.MAX_MINUTES) {
      throw new DomainException(
          DomainException.Kind.INVALID, "grid.category.limit-range", label(stage), form);
    }
    return days
        ? DeadlineRule.workingDays(amount)
        : new DeadlineRule(DeadlineRule.Unit.WORKING_HOURS, minutes);
  }

  /** The stage's name as a message argument ({@code grid.stage.HANDLE}: 处置 / handling). */
  public static MessageKey label(CaseStage stage) {
    return new MessageKey("grid.stage." + stage.name());
  }

  /** The short form: {@code 3wd}, {@code 2h} for whole hours, else {@code 90min}. */
  public static String format(DeadlineRule rule) {
    if (!rule.hours()) {
      return rule.amount() + "wd";
    }
    return rule.amount() % 60 == 0 ? rule.amount() / 60 + "h" : rule.amount() + "min";
  }
}

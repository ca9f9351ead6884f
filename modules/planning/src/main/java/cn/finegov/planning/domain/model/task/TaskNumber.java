package cn.finegov.planning.domain.model.task;

import cn.finegov.kernel.api.error.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The number people use for a task: its year and a sequence of that year, e.g. {@code 2026-000042}
 * (at least six digits).
 */
@Embeddable
public class TaskNumber implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Pattern FORMAT = Pattern.compile("(\\d{4})-(\\d{6,12})");

  @Column(name = "task_number", length = 20, nullable = false, updatable = false)
  private String value;

  protected TaskNumber() {}

  private TaskNumber(String value) {
    this.value = value;
  }

  /** The number of the {@code sequence}-th task of {@code year}. */
  public static TaskNumber of(int year, long sequence) {
    if (year < 1000 || year > 9999 || sequence < 1) {
      throw new IllegalArgumentException("no task number for " + year + "/" + sequence);
    }
    return new TaskNumber(String.format("%04d-%06d", year, sequence));
  }

  /**
   * Reads a number.
   *
   * @throws DomainException {@code NOT_FOUND} ({@code planning.task.not-found}): a number that
   *     cannot exist names no task
   */
  public static TaskNumber parse(String text) {
    String clean = text == null ? "" : text.strip();
    if (!FORMAT.matcher(clean).matches()) {
      throw DomainException.notFound("planning.task.not-found", String.valueOf(text));
    }
    return new TaskNumber(clean);
  }

  public String value() {
    return value;
  }

  public int year() {
    return Integer.parseInt(value.substring(0, 4));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TaskNumber number && Objects.equals(value, number.value);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(value);
  }

  @Override
  public String toString() {
    return value;
  }
}

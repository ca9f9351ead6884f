package cn.finegov.planning.domain.model.task;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;

/** A step of a task's work plan (节点): what, by when, done or not. */
@Embeddable
public class Milestone {

  /** Longest title. */
  public static final int MAX_TITLE = 200;

  @Column(name = "title", length = MAX_TITLE, nullable = false)
  private String title;

  @Column(name = "due_date", nullable = false)
  private LocalDate dueDate;

  @Column(name = "done", nullable = false)
  private boolean done;

  protected Milestone() {}

  public Milestone(String title, LocalDate dueDate, boolean done) {
    this.title = Objects.requireNonNull(title, "title");
    this.dueDate = Objects.requireNonNull(dueDate, "dueDate");
    this.done = done;
  }

  public String title() {
    return title;
  }

  public LocalDate dueDate() {
    return dueDate;
  }

  public boolean done() {
    return done;
  }
}

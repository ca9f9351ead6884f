package cn.finegov.planning.domain.model.solicitation;

import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.planning.domain.model.task.TaskSource;
import cn.finegov.planning.domain.model.task.UnitRef;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A solicitation round (任务征集): a unit asks the public for task proposals for a plan year through
 * the channels it names (12345, the portal, the mobile app, media, deputies' liaison stations,
 * CPPCC members' studios, other), between an opening and a closing date. Proposals are accepted
 * while it is {@link SolicitationState#OPEN} and the day lies within its dates; closing it early
 * ends that. Evaluation of what came in goes on after the close.
 */
@Entity
@Table(name = "pln_solicitation")
public class SolicitationRound {

  public static final int MAX_TITLE = 200;
  public static final int MAX_TEXT = 20_000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pln_solicitation_seq")
  @SequenceGenerator(
      name = "pln_solicitation_seq",
      sequenceName = "pln_solicitation_seq",
      allocationSize = 50)
  private Long id;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @Column(name = "round_year", nullable = false, updatable = false)
  private int roundYear;

  @Column(name = "unit_id", nullable = false, updatable = false)
  private long unitId;

  @Column(name = "unit_code", length = 32, nullable = false, updatable = false)
  private String unitCode;

  @Column(name = "unit_path", length = 1000, nullable = false)
  private String unitPath;

  @Column(name = "title", length = MAX_TITLE, nullable = false)
  private String title;

  @Lob
  @Column(name = "description")
  private String description;

  /** The channels, comma-separated names of {@link TaskSource}. */
  @Column(name = "channels", length = 200, nullable = false)
  private String channels;

  @Column(name = "opens_on", nullable = false)
  private LocalDate opensOn;

  @Column(name = "closes_on", nullable = false)
  private LocalDate closesOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", length = 10, nullable = false)
  private SolicitationState state;

  @Column(name = "created_by", length = 80, nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "closed_by", length = 80)
  private String closedBy;

  @Column(name = "closed_at")
  private Instant closedAt;

  protected SolicitationRound() {}

  /** What a round says: its year, title, description, channels and dates. */
  public record Terms(
      int year,
      String title,
      String description,
      Set<TaskSource> channels,
      LocalDate opensOn,
      LocalDate closesOn) {}

  /**
   * A new open round of a unit.
   *
   * @throws ValidationException for a year outside 2000..2100, a missing title, no channel, a
   *     missing date or a closing date before the opening date
   */
  public static SolicitationRound open(UnitRef unit, Terms terms, String actor, Instant now) {
    check(terms);
    SolicitationRound round = new SolicitationRound();
    round.roundYear = terms.year();
    round.unitId = unit.id();
    round.unitCode = unit.code();
    round.unitPath = unit.path();
    round.apply(terms);
    round.state = SolicitationState.OPEN;
    round.createdBy = actor;
    round.createdAt = now;
    return round;
  }

  private static void check(Terms terms) {
    ValidationException.Collector errors = new ValidationException.Collector();
    if (terms.year() < 2000 || terms.year() > 2100) {
      errors.add("year", "planning.plan.year-invalid", terms.year(), 2000, 2100);
    }
    errors.required("title", terms.title());
    errors.maxLength("title", strip(terms.title()), MAX_TITLE);
    errors.maxLength("description", terms.description(), MAX_TEXT);
    if (terms.channels() == null || terms.channels().isEmpty()) {
      errors.add("channels", "planning.solicitation.channels-required");
    }
    if (terms.opensOn() == null) {
      errors.add("opensOn", "validation.required");
    }
    if (terms.closesOn() == null) {
      errors.add("closesOn", "validation.required");
    }
    if (terms.opensOn() != null
        && terms.closesOn() != null
        && terms.closesOn().isBefore(terms.opensOn())) {
      errors.add("closesOn", "planning.solicitation.dates-invalid");
    }
    errors.throwIfAny();
  }

  private void apply(Terms terms) {
    title = strip(terms.title());
    description =
        terms.description() == null || terms.description().isBlank()
            ? null
            : terms.description().strip();
    channels = joined(terms.channels());
    opensOn = terms.opensOn();
    closesOn = terms.closesOn();
  }

  /**
   * Changes the title, description, channels and dates of an open round (not its year).
   *
   * @throws DomainException {@code CONFLICT} for a closed round
   */
  public void revise(Terms terms) {
    requireOpen();
    check(
        new Terms(
            roundYear,
            terms.title(),
            terms.description(),
            terms.channels(),
            terms.opensOn(),
            terms.closesOn()));
    apply(terms);
  }

  /**
   * Ends the round: no more proposals (evaluation goes on).
   *
   * @throws DomainException {@code CONFLICT} when already closed
   */
  public void close(String actor, Instant now) {
    requireOpen();
    state = SolicitationState.CLOSED;
    closedBy = actor;
    closedAt = now;
  }

  /**
   * Refuses a proposal the round cannot take on {@code day} through {@code channel}.
   *
   * @throws DomainException {@code RULE}: the round is closed, the day lies outside its dates, or
   *     the channel is not one of the round's
   */
  public void requireAccepting(LocalDate day, TaskSource channel) {
    if (state != SolicitationState.OPEN || day.isBefore(opensOn) || day.isAfter(closesOn)) {
      throw DomainException.rule("planning.solicitation.not-accepting", title, opensOn, closesOn);
    }
    if (channel == null || !channels().contains(channel)) {
      throw ValidationException.of(
          "channel", "planning.solicitation.channel-not-open", String.valueOf(channel));
    }
  }

  /** Whether the round takes proposals on that day. */
  public boolean acceptsOn(LocalDate day) {
    return state == SolicitationState.OPEN && !day.isBefore(opensOn) && !day.isAfter(closesOn);
  }

  private void requireOpen() {
    if (state != SolicitationState.OPEN) {
      throw DomainException.conflict("planning.solicitation.closed", title);
    }
  }

  static String joined(Collection<TaskSource> channels) {
    return EnumSet.copyOf(channels).stream().map(Enum::name).collect(Collectors.joining(","));
  }

  private static String strip(String value) {
    return value == null ? null : value.strip();
  }

  public Map<String, Object> auditValues() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("year", roundYear);
    values.put("unit", unitCode);
    values.put("title", title);
    values.put("channels", channels);
    values.put("opensOn", String.valueOf(opensOn));
    values.put("closesOn", String.valueOf(closesOn));
    values.put("state", state.name());
    return values;
  }

  public Long id() {
    return id;
  }

  public long version() {
    return version;
  }

  public int year() {
    return roundYear;
  }

  public UnitRef unit() {
    return new UnitRef(unitId, unitCode, unitPath);
  }

  public String title() {
    return title;
  }

  public String description() {
    return description;
  }

  /** The channels, in the order of {@link TaskSource}. */
  public Set<TaskSource> channels() {
    return Arrays.stream(channels.split(","))
        .filter(s -> !s.isBlank())
        .map(TaskSource::valueOf)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(TaskSource.class)));
  }

  public LocalDate opensOn() {
    return opensOn;
  }

  public LocalDate closesOn() {
    return closesOn;
  }

  public SolicitationState state() {
    return state;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }
}

package cn.finegov.grid.domain.model.gridcase;

import cn.finegov.grid.domain.model.category.CategoryCode;
import cn.finegov.grid.domain.model.grid.GridCode;
import cn.finegov.grid.domain.model.grid.GridLevel;
import cn.finegov.kernel.api.error.DomainException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A digital city-management case (数字城管案件), from the report to its close. Every change goes through
 * a method named for the step; each checks the step against {@link CaseAction}, writes a line on
 * the timeline and returns it (for the audit entry and the notice to the next actor). The deadline
 * of the stage a step leads to is computed by the application with the kernel's calendar and set
 * with {@link #enterStage}.
 */
@Entity
@Table(name = "grd_case")
public class GridCase implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Longest reason, description or address kept. */
  public static final int MAX_TEXT = 2000;

  /** Longest extension a unit may ask for, in working days. */
  public static final int MAX_POSTPONEMENT_DAYS = 60;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "grd_case_seq")
  @SequenceGenerator(name = "grd_case_seq", sequenceName = "grd_case_seq", allocationSize = 50)
  private Long id;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @Embedded private CaseNumber number;

  @Enumerated(EnumType.STRING)
  @Column(name = "source", length = 20, nullable = false, updatable = false)
  private CaseSource source;

  @Embedded private CategoryCode category;

  @Embedded private GridCode grid;

  @Embedded private GeoPoint place;

  /** The place's {@linkplain GeoPoint#latitudeBand() band}: the duplicate search's index key. */
  @Column(name = "place_band", nullable = false, updatable = false)
  private int placeBand;

  @Column(name = "address", length = 400)
  private String address;

  @Column(name = "description", length = MAX_TEXT, nullable = false)
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", length = 30, nullable = false)
  private CaseState state;

  /** 简易案件: the reporter may close it on the spot. */
  @Column(name = "simple_case", nullable = false)
  private boolean simple;

  @Column(name = "reported_by", length = 80, nullable = false, updatable = false)
  private String reportedBy;

  @Column(name = "reported_at", nullable = false, updatable = false)
  private Instant reportedAt;

  @Column(name = "responsible_unit", length = 32)
  private String responsibleUnit;

  /** The unit that returned the case last, while the command centre decides. */
  @Column(name = "returned_by_unit", length = 32)
  private String returnedByUnit;

  @Column(name = "supervised", nullable = false)
  private boolean supervised;

  @Column(name = "duplicate_of", length = 24)
  private String duplicateOf;

  @Column(name = "merged_into", length = 24)
  private String mergedInto;

  @Column(name = "recurrence_of", length = 24)
  private String recurrenceOf;

  @Column(name = "rework_count", nullable = false)
  private int reworkCount;

  @Column(name = "return_count", nullable = false)
  private int returnCount;

  @Column(name = "postponement_count", nullable = false)
  private int postponementCount;

  @Column(name = "requested_days")
  private Integer requestedDays;

  @Column(name = "stage_started_at", nullable = false)
  private Instant stageStartedAt;

  @Column(name = "stage_due_at")
  private Instant stageDueAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @OneToMany(mappedBy = "gridCase", cascade = CascadeType.PERSIST)
  @OrderBy("occurredAt, id")
  private List<CaseEvent> timeline = new ArrayList<>();

  @OneToMany(mappedBy = "gridCase", cascade = CascadeType.PERSIST)
  @OrderBy("reportedAt, id")
  private List<CaseReporter> otherReporters = new ArrayList<>();

  /** The mobile app's id of the report, unique per reporter (a retry finds this case). */
  @Column(name = "client_id", length = 64, updatable = false)
  private String clientId;

  /** The organisation unit the place belongs to (the grid's unit), and its path in the tree. */
  @Column(name = "area_unit", length = 32)
  private String areaUnit;

  @Column(name = "area_path", length = 1000)
  private String areaPath;

  /** The path of the responsible unit in the tree, kept with {@link #responsibleUnit}. */
  @Column(name = "responsible_path", length = 1000)
  private String responsiblePath;

  /** The running stage's deadline in the kernel's registry. */
  @Column(name = "stage_deadline_id")
  private Long stageDeadlineId;

  /** Whether the running stage's breach was announced to the supervising unit. */
  @Column(name = "escalated", nullable = false)
  private boolean escalated;

  /** A public reporter's contact: personal data, shown only to staff who handle the case. */
  @Embedded private ReporterContact reporterContact;

  protected GridCase() {}

  /** What a reporter says about a new case. */
  public record Report(
      CaseSource source,
      CategoryCode category,
      GridCode grid,
      GeoPoint place,
      String address,
      String description,
      boolean simple) {}

  /**
   * A new case in {@link CaseState#REPORTED}.
   *
   * @throws DomainException {@code INVALID} for a missing category, place or description, or a grid
   *     that is not a unit grid
   */
  public static GridCase report(CaseNumber number, Report report, String reporter, Instant at) {
    Objects.requireNonNull(number, "number");
    if (report.source() == null) {
      throw invalid("grid.case.source-required");
    }
    if (report.category() == null) {
      throw invalid("grid.case.category-required");
    }
    if (report.place() == null) {
      throw invalid("grid.case.place-required");
    }
    if (report.grid() != null && report.grid().level() != GridLevel.UNIT) {
      throw invalid("grid.case.unit-grid", report.grid().value());
    }
    GridCase created = new GridCase();
    created.number = number;
    created.source = report.source();
    created.category = report.category();
    created.grid = report.grid();
    created.place = report.place();
    created.placeBand = report.place().latitudeBand();
    created.address = text(report.address(), "grid.case.address-long");
    created.description = text(report.description(), "grid.case.description-long");
    if (created.description == null) {
      throw invalid("grid.case.description-required");
    }
    created.simple = report.simple();
    created.reportedBy = Objects.requireNonNull(reporter, "reporter");
    created.reportedAt = at.truncatedTo(ChronoUnit.MICROS);
    created.state = CaseState.REPORTED;
    created.stageStartedAt = created.reportedAt;
    created.timeline.add(
        new CaseEvent(created, at, reporter, null, null, CaseState.REPORTED, null, null));
    return created;
  }

  private static String text(String value, String tooLongKey) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String clean = value.strip();
    if (clean.length() > MAX_TEXT) {
      throw invalid(tooLongKey, MAX_TEXT);
    }
    return clean;
  }

  // --- the steps -----------------------------------------------------------------------------

  /** 立案. */
  public CaseEvent file(String actor, Instant at) {
    return take(CaseAction.FILE, actor, at, null, null);
  }

  /** 不予立案, with the reason. */
  public CaseEvent reject(String actor, Instant at, String reason) {
    return take(CaseAction.REJECT, actor, at, null, reason);
  }

  /**
   * 当场结案: only for a simple case, only by its reporter, with photos before and after.
   *
   * @param photosBefore number of photos of the problem
   * @param photosAfter number of photos after the fix
   */
  public CaseEvent closeOnSpot(String actor, Instant at, int photosBefore, int photosAfter) {
    CaseAction.CLOSE_ON_SPOT.from(state);
    if (!simple) {
      throw DomainException.rule("grid.case.on-spot-simple", number.value());
    }
    if (!reportedBy.equals(actor)) {
      throw DomainException.forbidden("grid.case.on-spot-reporter", number.value());
    }
    if (photosBefore < 1 || photosAfter < 1) {
      throw invalid("grid.case.on-spot-photos");
    }
    return take(CaseAction.CLOSE_ON_SPOT, actor, at, null, null);
  }

  /** 合并: this case duplicates {@code original}; its reporters are carried over there. */
  public CaseEvent mergeInto(CaseNumber original, String actor, Instant at) {
    if (original == null || original.equals(number)) {
      throw invalid("grid.case.merge-self");
    }
    CaseEvent event = take(CaseAction.MERGE, actor, at, null, "→ " + original.value());
    mergedInto = original.value();
    return event;
  }

  /** 派遣 to a responsible unit (not back to the unit that just returned it: arbitrate instead). */
  public CaseEvent dispatchTo(String unitCode, String actor, Instant at) {
    String unit = requireUnit(unitCode);
    if (state == CaseState.RETURNED && unit.equals(returnedByUnit)) {
      throw DomainException.rule("grid.case.same-unit", unit);
    }
    return assign(CaseAction.DISPATCH, unit, actor, at, null);
  }

  /** 仲裁: the command centre decides a jurisdiction dispute and assigns the unit, with reasons. */
  public CaseEvent arbitrate(String unitCode, String actor, Instant at, String reason) {
    return assign(CaseAction.ARBITRATE, requireUnit(unitCode), actor, at, reason);
  }

  private CaseEvent assign(
      CaseAction action, String unit, String actor, Instant at, String reason) {
    CaseEvent event = take(action, actor, at, unit, reason);
    responsibleUnit = unit;
    returnedByUnit = null;
    return event;
  }

  /** 签收. */
  public CaseEvent sign(String actor, Instant at) {
    return take(CaseAction.SIGN, actor, at, responsibleUnit, null);
  }

  /** 回退: not the unit's jurisdiction, with reasons; the dispute is on the timeline. */
  public CaseEvent returnToCentre(String actor, Instant at, String reason) {
    CaseEvent event = take(CaseAction.RETURN, actor, at, responsibleUnit, reason);
    returnCount++;
    returnedByUnit = responsibleUnit;
    responsibleUnit = null;
    return event;
  }

  /** 开始处置 (again after a failed verification). */
  public CaseEvent start(String actor, Instant at) {
    return take(CaseAction.START, actor, at, responsibleUnit, null);
  }

  /** 申请延期 by {@code days} working days, with the reason. */
  public CaseEvent requestPostponement(String actor, Instant at, int days, String reason) {
    if (days < 1 || days > MAX_POSTPONEMENT_DAYS) {
      throw invalid("grid.case.postponement-days", days, MAX_POSTPONEMENT_DAYS);
    }
    CaseEvent event = take(CaseAction.REQUEST_POSTPONEMENT, actor, at, responsibleUnit, reason);
    requestedDays = days;
    return event;
  }

  /** 批准延期: the handling deadline moves by the days asked for ({@link #requestedDays()}). */
  public CaseEvent approvePostponement(String actor, Instant at) {
    CaseEvent event = take(CaseAction.APPROVE_POSTPONEMENT, actor, at, responsibleUnit, null);
    postponementCount++;
    return event;
  }

  /** 不批准延期, with the reason: the handling deadline stands. */
  public CaseEvent refusePostponement(String actor, Instant at, String reason) {
    CaseEvent event = take(CaseAction.REFUSE_POSTPONEMENT, actor, at, responsibleUnit, reason);
    requestedDays = null;
    return event;
  }

  /** 处置反馈. */
  public CaseEvent reportBack(String actor, Instant at) {
    CaseEvent event = take(CaseAction.REPORT_BACK, actor, at, responsibleUnit, null);
    requestedDays = null;
    return event;
  }

  /** 挂账: unsolvable for now, with a written explanation. */
  public CaseEvent ledger(String actor, Instant at, String explanation) {
    return take(CaseAction.LEDGER, actor, at, responsibleUnit, explanation);
  }

  /** 核查: a supervisor or grid worker goes to check. */
  public CaseEvent startVerification(String actor, Instant at) {
    return take(CaseAction.START_VERIFICATION, actor, at, null, null);
  }

  /** 核查通过, 结案. */
  public CaseEvent close(String actor, Instant at) {
    return take(CaseAction.CLOSE, actor, at, null, null);
  }

  /** 核查不通过: back to the unit, counted as rework, with the reason. */
  public CaseEvent sendBack(String actor, Instant at, String reason) {
    CaseEvent event = take(CaseAction.SEND_BACK, actor, at, responsibleUnit, reason);
    reworkCount++;
    return event;
  }

  /** 重新打开, with the reason (a dissatisfied return visit, a ledgered case taken up again). */
  public CaseEvent reopen(String actor, Instant at, String reason) {
    CaseEvent event = take(CaseAction.REOPEN, actor, at, null, reason);
    responsibleUnit = null;
    return event;
  }

  /** The one place where the state changes. */
  private CaseEvent take(
      CaseAction action, String actor, Instant at, String unitCode, String reason) {
    CaseState next = action.from(state);
    String why = text(reason, "grid.case.reason-long");
    if (action.reasonRequired() && why == null) {
      throw invalid("grid.case.reason-required", action.label());
    }
    CaseEvent event =
        new CaseEvent(this, at, Objects.requireNonNull(actor), action, state, next, unitCode, why);
    timeline.add(event);
    // Within one stage (signed → handling, feedback → verifying...) its clock runs on.
    if (state.stage().isEmpty() || !state.stage().equals(next.stage())) {
      stageStartedAt = event.occurredAt();
      stageDueAt = null;
    }
    if (stageDueAt == null) {
      escalated = false;
      stageDeadlineId = null;
    }
    state = next;
    closedAt = next == CaseState.CLOSED ? event.occurredAt() : null;
    return event;
  }

  private static DomainException invalid(String key, Object... arguments) {
    return new DomainException(DomainException.Kind.INVALID, key, arguments);
  }

  private static String requireUnit(String unitCode) {
    if (unitCode == null || unitCode.isBlank()) {
      throw invalid("grid.case.unit-required");
    }
    return unitCode.strip();
  }

  // --- marks set by the application ---------------------------------------------------------

  /** The deadline of the stage just entered, computed with the kernel's calendar. */
  public void enterStage(Instant due) {
    if (!state.open()) {
      throw DomainException.conflict("grid.case.no-stage", state.label());
    }
    stageDueAt = Objects.requireNonNull(due, "due").truncatedTo(ChronoUnit.MICROS);
    escalated = false;
  }

  /** Where the case belongs in the organisation: the unit of its place, with the unit's path. */
  public void placeIn(String unitCode, String unitPath) {
    areaUnit = unitCode;
    areaPath = unitPath;
  }

  /** The path of the responsible unit (after a dispatch), {@code null} while there is none. */
  public void responsibleUnitAt(String unitPath) {
    responsiblePath = responsibleUnit == null ? null : unitPath;
  }

  /** The mobile app's id of the report. */
  public void identifiedByClient(String id) {
    if (id != null && (id.isBlank() || id.length() > 64)) {
      throw invalid("grid.case.client-id");
    }
    clientId = id;
  }

  /** The contact a public reporter left (for a return visit). */
  public void contactedAt(ReporterContact contact) {
    reporterContact = contact;
  }

  /** The deadline registered for the running stage. */
  public void trackedBy(Long deadlineId) {
    stageDeadlineId = deadlineId;
  }

  /** The breach of the running stage was announced. */
  public void markEscalated() {
    escalated = true;
  }

  /** Takes over the reporters of a case merged into this one. */
  public void takeReportersOf(GridCase merged) {
    otherReporters.add(
        new CaseReporter(this, merged.reportedBy, merged.reportedAt, merged.number.value()));
    for (CaseReporter earlier : merged.otherReporters) {
      otherReporters.add(
          new CaseReporter(this, earlier.reportedBy(), earlier.reportedAt(), earlier.fromCase()));
    }
  }

  /** 督办: the case is watched by the supervising unit (or no longer). */
  public void markSupervised(boolean watched) {
    supervised = watched;
  }

  /** A probable duplicate of an open case, found at intake. */
  public void markDuplicateOf(CaseNumber original) {
    duplicateOf = original == null ? null : original.value();
  }

  /** The same problem again at the same place after {@code earlier} was closed. */
  public void markRecurrenceOf(CaseNumber earlier) {
    recurrenceOf = earlier == null ? null : earlier.value();
  }

  // --- reading ----------------------------------------------------------------------------------

  public Long id() {
    return id;
  }

  public long version() {
    return version;
  }

  public CaseNumber number() {
    return number;
  }

  public CaseSource source() {
    return source;
  }

  public CategoryCode category() {
    return category;
  }

  public Optional<GridCode> grid() {
    return Optional.ofNullable(grid);
  }

  public GeoPoint place() {
    return place;
  }

  public String address() {
    return address;
  }

  public String description() {
    return description;
  }

  public CaseState state() {
    return state;
  }

  public boolean simple() {
    return simple;
  }

  public String reportedBy() {
    return reportedBy;
  }

  public Instant reportedAt() {
    return reportedAt;
  }

  public Optional<String> responsibleUnit() {
    return Optional.ofNullable(responsibleUnit);
  }

  public Optional<String> returnedByUnit() {
    return Optional.ofNullable(returnedByUnit);
  }

  public boolean supervised() {
    return supervised;
  }

  public Optional<String> duplicateOf() {
    return Optional.ofNullable(duplicateOf);
  }

  public Optional<String> mergedInto() {
    return Optional.ofNullable(mergedInto);
  }

  public Optional<String> recurrenceOf() {
    return Optional.ofNullable(recurrenceOf);
  }

  public int reworkCount() {
    return reworkCount;
  }

  public int returnCount() {
    return returnCount;
  }

  public int postponementCount() {
    return postponementCount;
  }

  /** The extension asked for and not decided or used yet, in working days. */
  public Optional<Integer> requestedDays() {
    return Optional.ofNullable(requestedDays);
  }

  public Instant stageStartedAt() {
    return stageStartedAt;
  }

  public Optional<Instant> stageDueAt() {
    return Optional.ofNullable(stageDueAt);
  }

  public Optional<Instant> closedAt() {
    return Optional.ofNullable(closedAt);
  }

  public Optional<String> clientId() {
    return Optional.ofNullable(clientId);
  }

  public Optional<String> areaUnit() {
    return Optional.ofNullable(areaUnit);
  }

  public Optional<String> areaPath() {
    return Optional.ofNullable(areaPath);
  }

  public Optional<String> responsiblePath() {
    return Optional.ofNullable(responsiblePath);
  }

  public Optional<Long> stageDeadlineId() {
    return Optional.ofNullable(stageDeadlineId);
  }

  public boolean escalated() {
    return escalated;
  }

  public Optional<ReporterContact> reporterContact() {
    return Optional.ofNullable(reporterContact);
  }

  /** Reporters of the cases merged into this one, oldest first. */
  public List<CaseReporter> otherReporters() {
    return Collections.unmodifiableList(otherReporters);
  }

  /** Whether the running stage is past its deadline at {@code now}. */
  public boolean overdueAt(Instant now) {
    return state.open() && stageDueAt != null && now.isAfter(stageDueAt);
  }

  /** The timeline, oldest first. */
  public List<CaseEvent> timeline() {
    return Collections.unmodifiableList(timeline);
  }
}

package cn.finegov.integration.hotline.ticket;

import cn.finegov.integration.hotline.mapping.Disposition;
import cn.finegov.integration.hotline.message.TicketMessage;
import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.privacy.PersonalDataMask;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A 12345 ticket on our side (工单). The caller's name and phone are kept encrypted, with masked
 * forms for screens and a keyed hash of the phone for look-ups. Every change the hotline must hear
 * of adds a {@link Feedback} with the next sequence number, in the same transaction.
 */
@Entity
@Table(name = "hln_ticket")
public class HotlineTicket {

  /** How the ticket reached us. */
  public enum Intake {
    PUSH,
    TABLE,
    REPLAY
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hln_ticket_seq")
  @SequenceGenerator(name = "hln_ticket_seq", sequenceName = "hln_ticket_seq", allocationSize = 50)
  private Long id;

  @Column(name = "ticket_no", length = 40, nullable = false, updatable = false)
  private String ticketNo;

  @Enumerated(EnumType.STRING)
  @Column(name = "channel", length = 10, nullable = false, updatable = false)
  private TicketChannel channel;

  @Enumerated(EnumType.STRING)
  @Column(name = "intake", length = 10, nullable = false, updatable = false)
  private Intake intake;

  @Enumerated(EnumType.STRING)
  @Column(name = "request_type", length = 4, nullable = false, updatable = false)
  private RequestType requestType;

  @Column(name = "hotline_category", length = 20, nullable = false, updatable = false)
  private String hotlineCategory;

  @Enumerated(EnumType.STRING)
  @Column(name = "disposition", length = 20, nullable = false)
  private Disposition disposition;

  @Column(name = "grid_category", length = 10)
  private String gridCategory;

  @Column(name = "urgent", nullable = false, updatable = false)
  private boolean urgent;

  @Column(name = "received_at", nullable = false, updatable = false)
  private Instant receivedAt;

  @Column(name = "taken_at", nullable = false, updatable = false)
  private Instant takenAt;

  @Column(name = "caller_name_cipher", length = 200, updatable = false)
  private String callerNameCipher;

  @Column(name = "caller_name_masked", length = 40, updatable = false)
  private String callerNameMasked;

  @Column(name = "phone_cipher", length = 200, updatable = false)
  private String phoneCipher;

  @Column(name = "phone_hash", length = 64, updatable = false)
  private String phoneHash;

  @Column(name = "phone_masked", length = 20, updatable = false)
  private String phoneMasked;

  @Column(name = "anonymous", nullable = false, updatable = false)
  private boolean anonymous;

  @Column(name = "keep_confidential", nullable = false, updatable = false)
  private boolean keepConfidential;

  @Column(name = "address", length = 300, nullable = false, updatable = false)
  private String address;

  @Column(name = "latitude", updatable = false)
  private Double latitude;

  @Column(name = "longitude", updatable = false)
  private Double longitude;

  @Lob
  @Column(name = "content", nullable = false, updatable = false)
  private String content;

  @Column(name = "repeat_of", length = 40, updatable = false)
  private String repeatOf;

  @Column(name = "handle_days", updatable = false)
  private Integer handleDays;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", length = 20, nullable = false)
  private TicketState state;

  @Column(name = "routing_note", length = 500)
  private String routingNote;

  @Column(name = "case_number", length = 40)
  private String caseNumber;

  @Column(name = "handling_unit", length = 32)
  private String handlingUnit;

  /** The planning module's immediate task the ticket went to, or {@code null}. */
  @Column(name = "task_number", length = 20)
  private String taskNumber;

  @Column(name = "sign_due_at")
  private Instant signDueAt;

  @Column(name = "signed_at")
  private Instant signedAt;

  @Column(name = "reply_content", length = 2000)
  private String replyContent;

  @Column(name = "replied_at")
  private Instant repliedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "satisfaction", length = 20)
  private Satisfaction satisfaction;

  @Column(name = "reopen_count", nullable = false)
  private int reopenCount;

  @Column(name = "feedback_seq", nullable = false)
  private int feedbackSeq;

  @Version
  @Column(name = "version")
  private long version;

  @OneToMany(mappedBy = "ticket", cascade = CascadeType.PERSIST)
  @OrderBy("seq")
  private List<Feedback> feedback = new ArrayList<>();

  @OneToMany(mappedBy = "ticket", cascade = CascadeType.PERSIST)
  @OrderBy("visitedAt")
  private List<ReturnVisit> returnVisits = new ArrayList<>();

  protected HotlineTicket() {}

  /**
   * A ticket taken in: awaiting routing until a case is made for it.
   *
   * @param signDueAt when the signing for it is due (1 working day after receipt)
   */
  public static HotlineTicket receive(
      TicketMessage message,
      Intake intake,
      Disposition disposition,
      String gridCategory,
      PersonalDataCipher cipher,
      Instant now,
      Instant signDueAt) {
    HotlineTicket t = new HotlineTicket();
    t.ticketNo = message.ticketNo();
    t.channel = message.channel();
    t.intake = intake;
    t.requestType = message.requestType();
    t.hotlineCategory = message.hotlineCategory();
    t.disposition = disposition;
    t.gridCategory = gridCategory;
    t.urgent = message.urgent();
    t.receivedAt = message.receivedAt();
    t.takenAt = now;
    t.anonymous = message.anonymous();
    t.keepConfidential = message.keepConfidential();
    if (!message.anonymous()) {
      t.callerNameCipher = cipher.encrypt(message.callerName());
      t.callerNameMasked = PersonalDataCipher.maskName(message.callerName());
      t.phoneCipher = cipher.encrypt(message.callerPhone());
      t.phoneHash = cipher.lookupHash(message.callerPhone());
      t.phoneMasked = PersonalDataMask.phone(message.callerPhone());
    }
    t.address = message.address();
    t.latitude = message.latitude();
    t.longitude = message.longitude();
    t.content = message.content();
    t.repeatOf = message.repeatOf();
    t.handleDays = message.handleDays();
    t.state = TicketState.AWAITING_ROUTING;
    t.signDueAt = signDueAt;
    return t;
  }

  /** Stays with staff, with the reason (not a case category, no place, the case was refused). */
  public void awaitRouting(String note) {
    state = TicketState.AWAITING_ROUTING;
    routingNote = note == null ? null : note.substring(0, Math.min(500, note.length()));
  }

  /** A grid case was made for the ticket. */
  public void transferredTo(String caseNumber, String unitCode, String gridCategory) {
    requireState(TicketState.AWAITING_ROUTING, TicketState.REOPENED);
    this.caseNumber = caseNumber;
    this.handlingUnit = unitCode;
    this.gridCategory = gridCategory;
    this.disposition = Disposition.CASE;
    this.routingNote = null;
    this.state = TicketState.TRANSFERRED;
  }

  /**
   * Went to an immediate task of the planning module, which its lead unit takes at once: the
   * hotline hears that the unit signed for it (签收, QS).
   */
  public Feedback routedToTask(String taskNumber, String unitCode, String unitName, Instant at) {
    requireState(TicketState.AWAITING_ROUTING);
    if (taskNumber == null || taskNumber.isBlank()) {
      throw new IllegalArgumentException("task number required");
    }
    this.taskNumber = taskNumber;
    this.disposition = Disposition.PLANNING;
    this.routingNote = null;
    this.handlingUnit = unitCode;
    this.state = TicketState.SIGNED;
    this.signedAt = at;
    return add(FeedbackKind.QS, at, unitName, null, null);
  }

  /** The case went to another case (merged): the ticket follows it. */
  public void followCase(String caseNumber) {
    this.caseNumber = caseNumber;
  }

  /** The case's unit changed (dispatch, arbitration). */
  public void handledBy(String unitCode) {
    if (unitCode != null) {
      this.handlingUnit = unitCode;
    }
  }

  /** 签收: the unit signed for the case. The hotline hears of the first signing only. */
  public Optional<Feedback> signed(String unitCode, String unitName, Instant at) {
    handledBy(unitCode);
    boolean first = signedAt == null;
    if (state == TicketState.TRANSFERRED || state == TicketState.REOPENED) {
      state = TicketState.SIGNED;
    }
    if (!first) {
      return Optional.empty();
    }
    signedAt = at;
    return Optional.of(add(FeedbackKind.QS, at, unitName, null, null));
  }

  /** The unit started work. */
  public void handling() {
    if (state == TicketState.SIGNED
        || state == TicketState.EXTENSION_REQUESTED
        || state == TicketState.TRANSFERRED) {
      state = TicketState.HANDLING;
    }
  }

  /** 延期申请. */
  public Feedback extensionRequested(int days, String reason, String unitName, Instant at) {
    state = TicketState.EXTENSION_REQUESTED;
    return add(FeedbackKind.YQ, at, unitName, reason, days);
  }

  /** 答复 at completion (case closed, or ledgered with an explanation, or answered by staff). */
  public Feedback replied(String reply, String unitName, Instant at) {
    if (!state.open() && state != TicketState.REOPENED) {
      throw new DomainException(DomainException.Kind.CONFLICT, "hotline.ticket.closed", ticketNo);
    }
    state = TicketState.REPLIED;
    replyContent = reply;
    repliedAt = at;
    return add(FeedbackKind.HF, at, unitName, reply, null);
  }

  /** 退单: not ours, with the reason. */
  public Feedback sentBack(String reason, String unitName, Instant at) {
    if (!state.open()) {
      throw new DomainException(DomainException.Kind.CONFLICT, "hotline.ticket.closed", ticketNo);
    }
    state = TicketState.SENT_BACK;
    return add(FeedbackKind.TH, at, unitName, reason, null);
  }

  /**
   * The return visit's result: dissatisfied reopens (the caller of this method reopens the case),
   * any other result closes the ticket.
   */
  public ReturnVisit visited(
      Satisfaction result, String remark, Instant visitedAt, boolean reopen, Instant now) {
    ReturnVisit visit = new ReturnVisit(this, visitedAt, result, remark, reopen, now);
    returnVisits.add(visit);
    satisfaction = result;
    if (reopen) {
      state = TicketState.REOPENED;
      reopenCount++;
    } else if (state == TicketState.REPLIED) {
      state = result == Satisfaction.UNREACHABLE ? TicketState.RETURN_VISITED : TicketState.CLOSED;
    }
    return visit;
  }

  private Feedback add(
      FeedbackKind kind, Instant at, String unitName, String text, Integer extraDays) {
    feedbackSeq++;
    Feedback item = new Feedback(this, feedbackSeq, kind, at, unitName, text, extraDays);
    feedback.add(item);
    return item;
  }

  private void requireState(TicketState... allowed) {
    for (TicketState s : allowed) {
      if (state == s) {
        return;
      }
    }
    throw new DomainException(
        DomainException.Kind.CONFLICT, "hotline.ticket.state", ticketNo, state.name());
  }

  public Long id() {
    return id;
  }

  public String ticketNo() {
    return ticketNo;
  }

  public TicketChannel channel() {
    return channel;
  }

  public Intake intake() {
    return intake;
  }

  public RequestType requestType() {
    return requestType;
  }

  public String hotlineCategory() {
    return hotlineCategory;
  }

  public Disposition disposition() {
    return disposition;
  }

  public String gridCategory() {
    return gridCategory;
  }

  public boolean urgent() {
    return urgent;
  }

  public Instant receivedAt() {
    return receivedAt;
  }

  public Instant takenAt() {
    return takenAt;
  }

  public String callerNameCipher() {
    return callerNameCipher;
  }

  public String callerNameMasked() {
    return callerNameMasked;
  }

  public String phoneCipher() {
    return phoneCipher;
  }

  public String phoneMasked() {
    return phoneMasked;
  }

  public boolean anonymous() {
    return anonymous;
  }

  public boolean keepConfidential() {
    return keepConfidential;
  }

  public String address() {
    return address;
  }

  public Double latitude() {
    return latitude;
  }

  public Double longitude() {
    return longitude;
  }

  public String content() {
    return content;
  }

  public String repeatOf() {
    return repeatOf;
  }

  public Integer handleDays() {
    return handleDays;
  }

  public TicketState state() {
    return state;
  }

  public String routingNote() {
    return routingNote;
  }

  public String caseNumber() {
    return caseNumber;
  }

  /** What the audit log keeps of the ticket before and after a change (no caller data). */
  public Map<String, Object> auditValues() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("state", state.name());
    values.put("requestType", requestType.name());
    values.put("hotlineCategory", hotlineCategory);
    values.put("disposition", disposition.name());
    Optional.ofNullable(gridCategory).ifPresent(v -> values.put("gridCategory", v));
    Optional.ofNullable(caseNumber).ifPresent(v -> values.put("case", v));
    Optional.ofNullable(taskNumber).ifPresent(v -> values.put("task", v));
    Optional.ofNullable(handlingUnit).ifPresent(v -> values.put("unit", v));
    Optional.ofNullable(routingNote).ifPresent(v -> values.put("note", v));
    Optional.ofNullable(replyContent).ifPresent(v -> values.put("reply", v));
    return values;
  }

  public String taskNumber() {
    return taskNumber;
  }

  public String handlingUnit() {
    return handlingUnit;
  }

  public Instant signDueAt() {
    return signDueAt;
  }

  public Instant signedAt() {
    return signedAt;
  }

  public String replyContent() {
    return replyContent;
  }

  public Instant repliedAt() {
    return repliedAt;
  }

  public Satisfaction satisfaction() {
    return satisfaction;
  }

  public int reopenCount() {
    return reopenCount;
  }

  public long version() {
    return version;
  }

  public List<Feedback> feedback() {
    return List.copyOf(feedback);
  }

  public List<ReturnVisit> returnVisits() {
    return List.copyOf(returnVisits);
  }
}

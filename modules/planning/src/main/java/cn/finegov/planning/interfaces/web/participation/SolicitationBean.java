package cn.finegov.planning.interfaces.web.participation;

import cn.finegov.kernel.api.export.ExcelTable;
import cn.finegov.kernel.api.org.UnitSummary;
import cn.finegov.kernel.api.security.ActorContext;
import cn.finegov.kernel.interfaces.web.DisplaySettings;
import cn.finegov.kernel.interfaces.web.Faces;
import cn.finegov.kernel.interfaces.web.Messages;
import cn.finegov.planning.PlanningModule;
import cn.finegov.planning.application.PlanService;
import cn.finegov.planning.application.PlanView;
import cn.finegov.planning.application.participation.ContactView;
import cn.finegov.planning.application.participation.ProposalDraft;
import cn.finegov.planning.application.participation.ProposalEvaluation;
import cn.finegov.planning.application.participation.ProposalView;
import cn.finegov.planning.application.participation.RoundView;
import cn.finegov.planning.application.participation.SolicitationService;
import cn.finegov.planning.domain.model.plan.PlanFilter;
import cn.finegov.planning.domain.model.plan.PlanState;
import cn.finegov.planning.domain.model.solicitation.ProposalState;
import cn.finegov.planning.interfaces.web.task.PlanningUnits;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

/**
 * One solicitation round: its terms and closing, its proposals (lazy, by state), recording a
 * proposal, a unit's reasoned answer (adopt into a draft plan, merge, not adopt) and the citizen's
 * whole contact for holders of the contact permission.
 */
@Named("planningSolicitation")
@ViewScoped
public class SolicitationBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient SolicitationService solicitations;
  @Inject private transient PlanService plans;
  @Inject private transient ActorContext actors;
  @Inject private transient PlanningUnits units;
  @Inject private transient Faces faces;
  @Inject private transient ProposalExport export;
  @Inject private transient DisplaySettings display;

  private Long id;
  private RoundView round;
  private boolean missing;
  private ProposalState state;

  private String channel;
  private String source;
  private String title;
  private String content;
  private String contactName;
  private String contactPhone;
  private String contactEmail;
  private LocalDate receivedOn;
  private UnitSummary unit;

  private ProposalView selected;
  private String outcome;
  private String answer;
  private Long mergedIntoId;
  private Long planId;
  private LocalDate deadline;
  private String taskTitle;

  private String contactReason;
  private ContactView contact;

  private final LazyDataModel<ProposalView> model =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return round == null
              ? 0
              : (int)
                  Math.min(
                      Integer.MAX_VALUE, solicitations.proposals(id, stateName(), 0, 1).total());
        }

        @Override
        public List<ProposalView> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          return round == null
              ? List.of()
              : solicitations.proposals(id, stateName(), first, pageSize).items();
        }

        @Override
        public String getRowKey(ProposalView row) {
          return String.valueOf(row.id());
        }
      };

  /** Reads the round of the page parameter; one out of reach shows as missing. */
  public void load() {
    round = id == null ? null : faces.attempt(() -> solicitations.round(id));
    missing = round == null;
  }

  private String stateName() {
    return state == null ? null : state.name();
  }

  public void search() {
    Tables.firstPage(":proposals:table");
  }

  /** The round's proposals of the state filter as a workbook (contacts masked; audited). */
  public StreamedContent getExport() {
    List<ProposalView> rows = export.rows(id, stateName());
    var locale = Messages.locale();
    var zone = display.zone();
    ProposalExport writer = export;
    return DefaultStreamedContent.builder()
        .name("planning-proposals.xlsx")
        .contentType(ExcelTable.CONTENT_TYPE)
        .writer(Faces.writer(out -> writer.write(rows, locale, zone, out)))
        .build();
  }

  public void close() {
    RoundView closed = faces.attempt(() -> solicitations.close(id));
    if (closed != null) {
      round = closed;
      faces.info("planning.ui.participation.closed");
    }
  }

  /** Records the proposal of the form; the form empties for the next one. */
  public void receive() {
    ProposalView made =
        faces.attempt(
            () ->
                solicitations.receive(
                    id,
                    new ProposalDraft(
                        channel,
                        source,
                        title,
                        content,
                        contactName,
                        contactPhone,
                        contactEmail,
                        receivedOn,
                        unit == null ? null : unit.code())));
    if (made != null) {
      faces.info("planning.ui.participation.proposal-recorded", made.id());
      source = null;
      title = null;
      content = null;
      contactName = null;
      contactPhone = null;
      contactEmail = null;
      unit = null;
      round = solicitations.round(id);
    }
  }

  /** Chooses a proposal for the answer dialog. */
  public void select(ProposalView proposal) {
    selected = solicitations.proposal(proposal.id());
    outcome = null;
    answer = null;
    mergedIntoId = null;
    planId = null;
    deadline = null;
    taskTitle = null;
    contactReason = null;
    contact = null;
  }

  /** The reasoned answer of the dialog. */
  public void evaluate() {
    if (selected == null) {
      return;
    }
    ProposalView done =
        faces.attempt(
            () ->
                solicitations.evaluate(
                    selected.id(),
                    new ProposalEvaluation(
                        outcome,
                        answer,
                        mergedIntoId,
                        planId,
                        taskTitle,
                        deadline,
                        null,
                        null,
                        null,
                        selected.version())));
    if (done != null) {
      selected = done;
      round = solicitations.round(id);
      faces.info("planning.ui.participation.evaluated", done.id());
    }
  }

  /** The whole contact of the selected proposal (audited). */
  public void revealContact() {
    if (selected != null) {
      contact = faces.attempt(() -> solicitations.contact(selected.id(), contactReason));
    }
  }

  /** The draft plans of the round's year in the reader's scope: where an adopted task goes. */
  public List<PlanView> getDraftPlans() {
    if (round == null || !actors.current().hasPermission(PlanningModule.PLAN_READ)) {
      return List.of();
    }
    return plans.search(new PlanFilter(round.year(), null, PlanState.DRAFT, null), 0, 200).items();
  }

  public List<UnitSummary> completeUnit(String text) {
    return units.search(text);
  }

  public List<ProposalState> getStates() {
    return Arrays.asList(ProposalState.values());
  }

  public List<String> getOutcomes() {
    return List.of(
        ProposalState.ADOPTED.name(),
        ProposalState.MERGED.name(),
        ProposalState.NOT_ADOPTED.name());
  }

  public boolean isContactViewer() {
    return actors.current().hasPermission(PlanningModule.PARTICIPATION_CONTACT);
  }

  public LazyDataModel<ProposalView> getModel() {
    return model;
  }

  // --- properties -------------------------------------------------------------------------------

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public RoundView getRound() {
    return round;
  }

  public boolean isMissing() {
    return missing;
  }

  public ProposalState getState() {
    return state;
  }

  public void setState(ProposalState state) {
    this.state = state;
  }

  public String getChannel() {
    return channel;
  }

  public void setChannel(String channel) {
    this.channel = channel;
  }

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getContent() {
    return content;
  }

  public void setContent(String content) {
    this.content = content;
  }

  public String getContactName() {
    return contactName;
  }

  public void setContactName(String contactName) {
    this.contactName = contactName;
  }

  public String getContactPhone() {
    return contactPhone;
  }

  public void setContactPhone(String contactPhone) {
    this.contactPhone = contactPhone;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public void setContactEmail(String contactEmail) {
    this.contactEmail = contactEmail;
  }

  public LocalDate getReceivedOn() {
    return receivedOn;
  }

  public void setReceivedOn(LocalDate receivedOn) {
    this.receivedOn = receivedOn;
  }

  public UnitSummary getUnit() {
    return unit;
  }

  public void setUnit(UnitSummary unit) {
    this.unit = unit;
  }

  public ProposalView getSelected() {
    return selected;
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
    this.outcome = outcome;
  }

  public String getAnswer() {
    return answer;
  }

  public void setAnswer(String answer) {
    this.answer = answer;
  }

  public Long getMergedIntoId() {
    return mergedIntoId;
  }

  public void setMergedIntoId(Long mergedIntoId) {
    this.mergedIntoId = mergedIntoId;
  }

  public Long getPlanId() {
    return planId;
  }

  public void setPlanId(Long planId) {
    this.planId = planId;
  }

  public LocalDate getDeadline() {
    return deadline;
  }

  public void setDeadline(LocalDate deadline) {
    this.deadline = deadline;
  }

  public String getTaskTitle() {
    return taskTitle;
  }

  public void setTaskTitle(String taskTitle) {
    this.taskTitle = taskTitle;
  }

  public String getContactReason() {
    return contactReason;
  }

  public void setContactReason(String contactReason) {
    this.contactReason = contactReason;
  }

  public ContactView getContact() {
    return contact;
  }
}

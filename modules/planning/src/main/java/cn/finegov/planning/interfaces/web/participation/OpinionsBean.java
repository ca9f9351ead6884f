package cn.finegov.planning.interfaces.web.participation;

import cn.finegov.kernel.api.export.ExcelTable;
import cn.finegov.kernel.api.org.UnitSummary;
import cn.finegov.kernel.api.security.ActorContext;
import cn.finegov.kernel.interfaces.web.DisplaySettings;
import cn.finegov.kernel.interfaces.web.Faces;
import cn.finegov.kernel.interfaces.web.Messages;
import cn.finegov.planning.PlanningModule;
import cn.finegov.planning.application.participation.ContactView;
import cn.finegov.planning.application.participation.OpinionDraft;
import cn.finegov.planning.application.participation.OpinionService;
import cn.finegov.planning.application.participation.OpinionView;
import cn.finegov.planning.domain.model.opinion.OpinionChannel;
import cn.finegov.planning.domain.model.opinion.OpinionState;
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
 * Public opinions of the reader's units: lazy table with state, overdue and text filters and the
 * overdue count; recording one; taking one up, answering it, handing it to another unit; the
 * citizen's whole contact for holders of the contact permission.
 */
@Named("planningOpinions")
@ViewScoped
public class OpinionsBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient OpinionService opinions;
  @Inject private transient ActorContext actors;
  @Inject private transient PlanningUnits units;
  @Inject private transient Faces faces;
  @Inject private transient OpinionExport export;
  @Inject private transient DisplaySettings display;

  private OpinionState state;
  private boolean overdue;
  private String text;

  private String channel;
  private String subject;
  private String content;
  private String contactName;
  private String contactPhone;
  private String contactEmail;
  private LocalDate receivedOn;
  private UnitSummary unit;

  private OpinionView selected;
  private String answer;
  private UnitSummary newUnit;
  private String contactReason;
  private ContactView contact;

  private final LazyDataModel<OpinionView> model =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) Math.min(Integer.MAX_VALUE, page(0, 1).total());
        }

        @Override
        public List<OpinionView> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          return page(first, pageSize).items();
        }

        @Override
        public String getRowKey(OpinionView row) {
          return String.valueOf(row.id());
        }
      };

  private cn.finegov.planning.application.participation.OpinionPage page(int first, int max) {
    return opinions.search(state == null ? null : state.name(), overdue, null, text, first, max);
  }

  public void search() {
    Tables.firstPage(":opinions:table");
  }

  /** The filtered list as a workbook (contacts masked; the download is audited). */
  public StreamedContent getExport() {
    List<OpinionView> rows = export.rows(state == null ? null : state.name(), overdue, text);
    var locale = Messages.locale();
    var zone = display.zone();
    OpinionExport writer = export;
    return DefaultStreamedContent.builder()
        .name("planning-opinions.xlsx")
        .contentType(ExcelTable.CONTENT_TYPE)
        .writer(Faces.writer(out -> writer.write(rows, locale, zone, out)))
        .build();
  }

  public long getOverdueCount() {
    return opinions.overdueCount();
  }

  public boolean isManager() {
    return actors.current().hasPermission(PlanningModule.PARTICIPATION_MANAGE);
  }

  public boolean isContactViewer() {
    return actors.current().hasPermission(PlanningModule.PARTICIPATION_CONTACT);
  }

  /** Records the opinion of the form. */
  public void receive() {
    OpinionView made =
        faces.attempt(
            () ->
                opinions.receive(
                    new OpinionDraft(
                        channel,
                        subject,
                        content,
                        contactName,
                        contactPhone,
                        contactEmail,
                        receivedOn,
                        unit == null ? null : unit.code())));
    if (made != null) {
      faces.info("planning.ui.opinion.recorded", made.id(), made.dueDate());
      subject = null;
      content = null;
      contactName = null;
      contactPhone = null;
      contactEmail = null;
      receivedOn = null;
    }
  }

  public void select(OpinionView opinion) {
    selected = opinions.detail(opinion.id());
    answer = null;
    newUnit = null;
    contactReason = null;
    contact = null;
  }

  public void takeUp() {
    OpinionView done = faces.attempt(() -> opinions.takeUp(selected.id(), selected.version()));
    if (done != null) {
      selected = done;
    }
  }

  public void answerIt() {
    OpinionView done =
        faces.attempt(() -> opinions.answer(selected.id(), answer, selected.version()));
    if (done != null) {
      selected = done;
      faces.info("planning.ui.opinion.answered", done.id());
    }
  }

  public void reassign() {
    OpinionView done =
        faces.attempt(
            () ->
                opinions.reassign(
                    selected.id(), newUnit == null ? null : newUnit.code(), selected.version()));
    if (done != null) {
      selected = done;
    }
  }

  public void revealContact() {
    if (selected != null) {
      contact = faces.attempt(() -> opinions.contact(selected.id(), contactReason));
    }
  }

  public List<UnitSummary> completeUnit(String query) {
    return units.search(query);
  }

  public List<OpinionState> getStates() {
    return Arrays.asList(OpinionState.values());
  }

  public List<OpinionChannel> getChannels() {
    return Arrays.asList(OpinionChannel.values());
  }

  public LazyDataModel<OpinionView> getModel() {
    return model;
  }

  // --- properties -------------------------------------------------------------------------------

  public OpinionState getState() {
    return state;
  }

  public void setState(OpinionState state) {
    this.state = state;
  }

  public boolean isOverdue() {
    return overdue;
  }

  public void setOverdue(boolean overdue) {
    this.overdue = overdue;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getChannel() {
    return channel;
  }

  public void setChannel(String channel) {
    this.channel = channel;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
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

  public OpinionView getSelected() {
    return selected;
  }

  public String getAnswer() {
    return answer;
  }

  public void setAnswer(String answer) {
    this.answer = answer;
  }

  public UnitSummary getNewUnit() {
    return newUnit;
  }

  public void setNewUnit(UnitSummary newUnit) {
    this.newUnit = newUnit;
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

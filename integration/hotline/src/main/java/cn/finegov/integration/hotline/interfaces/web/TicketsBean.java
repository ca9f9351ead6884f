package cn.finegov.integration.hotline.interfaces.web;

import cn.finegov.integration.hotline.HotlineModule;
import cn.finegov.integration.hotline.ticket.RequestType;
import cn.finegov.integration.hotline.ticket.TicketQuery;
import cn.finegov.integration.hotline.ticket.TicketService;
import cn.finegov.integration.hotline.ticket.TicketState;
import cn.finegov.integration.hotline.ticket.TicketView;
import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.export.ExcelTable;
import cn.finegov.kernel.api.security.ActorContext;
import cn.finegov.kernel.interfaces.web.DisplaySettings;
import cn.finegov.kernel.interfaces.web.Faces;
import cn.finegov.kernel.interfaces.web.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

/**
 * The ticket list: state, request type and number filters (and, for those who may see numbers, a
 * look-up by a caller's whole number), overdue signing and delivery problems flagged, and the Excel
 * download of the filtered list with masked caller data.
 */
@Named("hotlineTickets")
@ViewScoped
public class TicketsBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient TicketService tickets;
  @Inject private transient TicketExport export;
  @Inject private transient ActorContext actors;
  @Inject private transient Faces faces;
  @Inject private transient DisplaySettings display;

  private List<String> states = new ArrayList<>();
  private String type;
  private String ticketNo;
  private String phone;

  private final LazyDataModel<TicketView> model =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          Long count = safely(() -> tickets.count(query()));
          return count == null ? 0 : (int) Math.min(Integer.MAX_VALUE, count);
        }

        @Override
        public List<TicketView> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          List<TicketView> rows = safely(() -> tickets.search(query(), first, pageSize));
          return rows == null ? List.of() : rows;
        }

        @Override
        public String getRowKey(TicketView row) {
          return row.ticketNo();
        }

        @Override
        public TicketView getRowData(String rowKey) {
          List<TicketView> shown = getWrappedData();
          return shown == null
              ? null
              : shown.stream().filter(t -> t.ticketNo().equals(rowKey)).findFirst().orElse(null);
        }
      };

  /** A refused filter (a malformed number) shows its message and an empty list. */
  private <T> T safely(java.util.function.Supplier<T> read) {
    try {
      return read.get();
    } catch (DomainException refusal) {
      faces.refusal(refusal);
      return null;
    }
  }

  TicketQuery query() {
    Set<TicketState> wanted = EnumSet.noneOf(TicketState.class);
    for (String state : states) {
      wanted.add(TicketState.valueOf(state));
    }
    RequestType requestType =
        type == null || type.isBlank() ? null : RequestType.ofCode(type).orElse(null);
    return new TicketQuery(wanted, ticketNo, requestType, isPhoneViewer() ? phone : null);
  }

  /** Applies the filters: the table starts again at its first page. */
  public void search() {
    var table = FacesContext.getCurrentInstance().getViewRoot().findComponent(":tickets:table");
    if (table instanceof org.primefaces.component.datatable.DataTable data) {
      data.setFirst(0);
    }
  }

  /** Clears the filters. */
  public void reset() {
    search();
    states = new ArrayList<>();
    type = null;
    ticketNo = null;
    phone = null;
  }

  /** The filtered list as a workbook (masked caller data only); the download is audited. */
  public StreamedContent getExport() {
    var locale = Messages.locale();
    var zone = display.zone();
    TicketExport writer = export;
    List<TicketView> rows = export.rows(query());
    return DefaultStreamedContent.builder()
        .name("hotline-tickets.xlsx")
        .contentType(ExcelTable.CONTENT_TYPE)
        .writer(Faces.writer(out -> writer.write(rows, locale, zone, out)))
        .build();
  }

  // --- what the view shows ------------------------------------------------------------------

  public boolean isPhoneViewer() {
    return actors.current().hasPermission(HotlineModule.PHONE_VIEW);
  }

  public List<TicketState> getAllStates() {
    return Arrays.asList(TicketState.values());
  }

  public List<RequestType> getAllTypes() {
    return Arrays.asList(RequestType.values());
  }

  public String time(Instant instant) {
    return display.time(instant);
  }

  public LazyDataModel<TicketView> getModel() {
    return model;
  }

  // --- properties ---------------------------------------------------------------------------

  public List<String> getStates() {
    return states;
  }

  public void setStates(List<String> states) {
    this.states = states == null ? new ArrayList<>() : new ArrayList<>(states);
  }

  /** One state as a page parameter ({@code ?state=AWAITING_ROUTING}). */
  public String getState() {
    return states.size() == 1 ? states.get(0) : null;
  }

  /** Sets the state filter to this state; an unknown name is ignored. */
  public void setState(String state) {
    Arrays.stream(TicketState.values())
        .map(TicketState::name)
        .filter(name -> name.equals(state))
        .findFirst()
        .ifPresent(name -> setStates(List.of(name)));
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getTicketNo() {
    return ticketNo;
  }

  public void setTicketNo(String ticketNo) {
    this.ticketNo = ticketNo;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }
}

package cn.finegov.integration.runtime.interfaces.web;

import cn.finegov.integration.runtime.deadletter.DeadLetterQuery;
import cn.finegov.integration.runtime.deadletter.DeadLetterService;
import cn.finegov.integration.runtime.deadletter.DeadLetterStatus;
import cn.finegov.integration.runtime.deadletter.DeadLetterView;
import cn.finegov.kernel.api.export.ExcelTable;
import cn.finegov.kernel.interfaces.web.DisplaySettings;
import cn.finegov.kernel.interfaces.web.Faces;
import cn.finegov.kernel.interfaces.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

/**
 * The dead-letter screen: filter, inspect the original message and the reason, replay or discard.
 */
@Named("deadLetters")
@ViewScoped
public class DeadLettersBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient DeadLetterService service;
  @Inject private transient Faces faces;
  @Inject private transient Messages messages;
  @Inject private transient DisplaySettings display;

  private String flow;
  private DeadLetterStatus status = DeadLetterStatus.OPEN;
  private String text;
  private DeadLetterView selected;

  private final LazyDataModel<DeadLetterView> model =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) service.count(query());
        }

        @Override
        public List<DeadLetterView> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          return service.search(query(), first, pageSize);
        }

        @Override
        public String getRowKey(DeadLetterView letter) {
          return String.valueOf(letter.id());
        }
      };

  private DeadLetterQuery query() {
    return new DeadLetterQuery(flow, status, text);
  }

  public void inspect(DeadLetterView letter) {
    selected = service.find(letter.id());
  }

  public void replay(DeadLetterView letter) {
    DeadLetterView replayed = faces.attempt(() -> service.replay(letter.id()));
    if (replayed != null) {
      faces.info("deadletter.replayed", letter.id());
      selected = null;
    }
  }

  public void discard(DeadLetterView letter) {
    if (faces.attempt(() -> service.discard(letter.id())) != null) {
      faces.info("deadletter.discarded-info", letter.id());
      selected = null;
    }
  }

  /** The dead letters matching the filter (up to 10,000) as an Excel sheet. */
  public StreamedContent getExport() {
    return DefaultStreamedContent.builder()
        .name("dead-letters.xlsx")
        .contentType(ExcelTable.CONTENT_TYPE)
        .writer(
            out -> {
              try {
                ExcelTable.<DeadLetterView>sheet(
                        messages.get("deadletter.export.sheet"), display.zone())
                    .column("ID", DeadLetterView::id, 8)
                    .column(messages.get("deadletter.field.flow"), DeadLetterView::flow, 16)
                    .column(messages.get("deadletter.field.source"), DeadLetterView::source, 30)
                    .column(
                        messages.get("deadletter.field.reference"), DeadLetterView::reference, 14)
                    .column(messages.get("deadletter.field.reason"), DeadLetterView::reason, 60)
                    .column(
                        messages.get("field.status"),
                        v -> messages.get("deadletter.status." + v.status()),
                        10)
                    .column(
                        messages.get("deadletter.field.failures"), DeadLetterView::failureCount, 8)
                    .column(
                        messages.get("deadletter.field.lastFailedAt"),
                        DeadLetterView::lastFailedAt,
                        20)
                    .column(
                        messages.get("deadletter.field.replays"), DeadLetterView::replayCount, 8)
                    .column(messages.get("deadletter.field.body"), DeadLetterView::body, 60)
                    .write(service.search(query(), 0, 10_000), out);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            })
        .build();
  }

  public DeadLetterStatus[] getStatuses() {
    return DeadLetterStatus.values();
  }

  public LazyDataModel<DeadLetterView> getModel() {
    return model;
  }

  public String getFlow() {
    return flow;
  }

  public void setFlow(String flow) {
    this.flow = flow;
  }

  public DeadLetterStatus getStatus() {
    return status;
  }

  public void setStatus(DeadLetterStatus status) {
    this.status = status;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public DeadLetterView getSelected() {
    return selected;
  }
}

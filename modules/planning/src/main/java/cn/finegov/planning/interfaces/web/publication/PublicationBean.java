package cn.finegov.planning.interfaces.web.publication;

import cn.finegov.kernel.api.security.ActorContext;
import cn.finegov.kernel.interfaces.web.Faces;
import cn.finegov.kernel.interfaces.web.Messages;
import cn.finegov.planning.PlanningModule;
import cn.finegov.planning.application.PlanPage;
import cn.finegov.planning.application.PlanService;
import cn.finegov.planning.application.PlanView;
import cn.finegov.planning.application.publication.CommitteeReportService;
import cn.finegov.planning.application.publication.DocumentFormat;
import cn.finegov.planning.application.publication.GeneratedFile;
import cn.finegov.planning.application.publication.PublicationService;
import cn.finegov.planning.domain.model.plan.PlanFilter;
import cn.finegov.planning.domain.model.plan.PlanState;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

/**
 * The published plans in the reader's scope, with their public page, PDF/Word/Excel exports and,
 * for holders of {@code planning.plan.report}, the committee report as Word or PDF.
 */
@Named("planningPublication")
@ViewScoped
public class PublicationBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient PlanService plans;
  @Inject private transient PublicationService publication;
  @Inject private transient CommitteeReportService reports;
  @Inject private transient ActorContext actors;
  @Inject private transient Faces faces;

  private Integer year;

  private final LazyDataModel<PlanView> model =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          PlanPage page = page(0, 1);
          return page == null ? 0 : (int) page.total();
        }

        @Override
        public List<PlanView> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          PlanPage page = page(first, pageSize);
          return page == null ? List.of() : page.items();
        }

        @Override
        public String getRowKey(PlanView plan) {
          return String.valueOf(plan.id());
        }
      };

  private PlanPage page(int first, int size) {
    return faces.attempt(
        () -> plans.search(new PlanFilter(year, null, PlanState.PUBLISHED, null), first, size));
  }

  /** An export of a published plan: {@code pdf}, {@code docx} or {@code xlsx}. */
  public StreamedContent export(long planId, String format) {
    return download(() -> publication.export(planId, DocumentFormat.of(format), Messages.locale()));
  }

  /** The committee report of a plan: {@code pdf} or {@code docx}. */
  public StreamedContent report(long planId, String format) {
    return download(() -> reports.report(planId, DocumentFormat.of(format), Messages.locale()));
  }

  private StreamedContent download(Supplier<GeneratedFile> generate) {
    GeneratedFile file = faces.attempt(generate);
    if (file == null) {
      return null;
    }
    return DefaultStreamedContent.builder()
        .name(file.name())
        .contentType(file.contentType())
        .writer(Faces.writer(out -> out.write(file.content())))
        .build();
  }

  public boolean isReporter() {
    return actors.current().hasPermission(PlanningModule.PLAN_REPORT);
  }

  public LazyDataModel<PlanView> getModel() {
    return model;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }
}

package cn.finegov.planning.application.publication;

import cn.finegov.kernel.api.calendar.SuiteZone;
import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.org.OrganisationDirectory;
import cn.finegov.kernel.api.org.UnitSummary;
import cn.finegov.planning.domain.model.plan.AnnualPlan;
import cn.finegov.planning.domain.model.plan.PlanFilter;
import cn.finegov.planning.domain.model.plan.PlanRepository;
import cn.finegov.planning.domain.model.plan.PlanState;
import cn.finegov.planning.domain.model.task.GovernanceTask;
import cn.finegov.planning.domain.model.task.ProgressRollUp;
import cn.finegov.planning.domain.model.task.TaskRepository;
import cn.finegov.planning.domain.model.task.UnitRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Published plans, open to everybody: a plan that is not published does not exist here (404), so
 * drafts and plans in review never leak. Reads only; no sign-in needed.
 */
@ApplicationScoped
@Transactional
public class PublicationService {

  /** Most plans of one public list. */
  static final int MAX_LIST = 500;

  @Inject PlanRepository plans;
  @Inject TaskRepository tasks;
  @Inject OrganisationDirectory directory;
  @Inject PlanDocuments documents;

  /** The published plans, newest year first, optionally of one year. */
  public List<PublishedPlan> published(Integer year) {
    return plans
        .search(
            new PlanFilter(year, null, PlanState.PUBLISHED, null),
            new PlanRepository.Reach(List.of(), true),
            0,
            MAX_LIST)
        .stream()
        .map(p -> view(p, false))
        .toList();
  }

  /** A published plan with its tasks (404 {@code planning.plan.not-found} otherwise). */
  public PublishedPlan plan(long id) {
    return view(publishedPlan(id), true);
  }

  /** A published plan as a PDF or Word document, or its task list as a workbook. */
  public GeneratedFile export(long id, DocumentFormat format, Locale locale) {
    PublishedPlan plan = plan(id);
    ZoneId zone = SuiteZone.get();
    byte[] content =
        switch (format) {
          case PDF -> PdfWriter.bytes(documents.publishedPlan(plan, locale, zone));
          case DOCX -> DocxWriter.bytes(documents.publishedPlan(plan, locale, zone));
          case XLSX -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
              documents.publishedPlanExcel(plan, locale, zone, out);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
            yield out.toByteArray();
          }
        };
    return new GeneratedFile(
        "plan-" + plan.year() + "-" + plan.id() + "." + format.extension(),
        format.contentType(),
        content);
  }

  AnnualPlan publishedPlan(long id) {
    return plans
        .find(id)
        .filter(p -> p.state() == PlanState.PUBLISHED)
        .orElseThrow(() -> DomainException.notFound("planning.plan.not-found", id));
  }

  PublishedPlan view(AnnualPlan plan, boolean withTasks) {
    List<GovernanceTask> own = tasks.ofPlan(plan.id());
    ProgressRollUp rollUp =
        ProgressRollUp.of(
            own.stream()
                .map(t -> new ProgressRollUp.Part(t.number().value(), t.weight(), t.progress()))
                .toList());
    Map<Long, String> names = new HashMap<>();
    List<PublishedPlan.Task> list =
        withTasks ? own.stream().map(t -> task(t, names)).toList() : List.of();
    return new PublishedPlan(
        plan.id(),
        plan.year(),
        plan.level().label().key(),
        name(plan.ownerUnitId(), plan.ownerUnitCode(), names),
        plan.title(),
        plan.problems(),
        plan.targets(),
        plan.safeguards(),
        plan.publishedAt().orElse(null),
        rollUp.progress(),
        list);
  }

  private PublishedPlan.Task task(GovernanceTask task, Map<Long, String> names) {
    return new PublishedPlan.Task(
        task.number().value(),
        task.title(),
        task.target(),
        task.measures(),
        name(task.lead(), names),
        task.cooperatingUnits().stream().map(u -> name(u, names)).toList(),
        task.deadline().orElse(null),
        task.state().label().key(),
        task.progress(),
        task.livelihood());
  }

  private String name(UnitRef unit, Map<Long, String> names) {
    return name(unit.id(), unit.code(), names);
  }

  private String name(long id, String code, Map<Long, String> names) {
    return names.computeIfAbsent(
        id, k -> directory.findById(k).map(UnitSummary::name).orElse(code));
  }
}

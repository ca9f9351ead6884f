package cn.finegov.planning.application.publication;

import cn.finegov.kernel.api.audit.AuditLog;
import cn.finegov.kernel.api.calendar.SuiteZone;
import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.i18n.MessageSource;
import cn.finegov.kernel.api.module.ModuleSettings;
import cn.finegov.kernel.api.org.OrganisationDirectory;
import cn.finegov.kernel.api.org.UnitSummary;
import cn.finegov.kernel.api.security.Actor;
import cn.finegov.kernel.api.security.ActorContext;
import cn.finegov.planning.PlanningModule;
import cn.finegov.planning.domain.model.plan.AnnualPlan;
import cn.finegov.planning.domain.model.plan.PlanLevel;
import cn.finegov.planning.domain.model.plan.PlanRepository;
import cn.finegov.planning.domain.model.task.GovernanceTask;
import cn.finegov.planning.domain.model.task.TaskRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report on a plan's execution to the People's Congress standing committee of its level (or the
 * committee the level's setting names), as Word or PDF; each generation is audited on the plan
 * ({@code REPORT}).
 */
@ApplicationScoped
@Transactional
public class CommitteeReportService {

  static final String AUDIT_TYPE = "AnnualPlan";

  @Inject PlanRepository plans;
  @Inject TaskRepository tasks;
  @Inject OrganisationDirectory directory;
  @Inject PublicationService publication;
  @Inject PlanDocuments documents;
  @Inject ModuleSettings settings;
  @Inject MessageSource messages;
  @Inject ActorContext actors;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /** The setting naming the committee a level reports to. */
  public static String committeeSetting(PlanLevel level) {
    return "report.committee." + level.name().toLowerCase(Locale.ROOT);
  }

  /** The committee a level reports to unless its setting says otherwise. */
  public static String defaultCommittee(PlanLevel level) {
    return switch (level) {
      case CITY, DEPARTMENT, ENTERPRISE -> "市人民代表大会常务委员会";
      case DISTRICT -> "区人民代表大会常务委员会";
      case STREET -> "街道人大工作委员会";
    };
  }

  /** Generates the report of a plan in the caller's scope (any state) as PDF or Word. */
  public GeneratedFile report(long planId, DocumentFormat format, Locale locale) {
    Actor actor = actors.requirePermission(PlanningModule.PLAN_REPORT);
    if (format == DocumentFormat.XLSX) {
      throw cn.finegov.kernel.api.error.ValidationException.of(
          "format", "planning.document.format", format.extension());
    }
    AnnualPlan plan =
        plans
            .find(planId)
            .filter(p -> actor.scope().covers(p.ownerPath()))
            .orElseThrow(() -> DomainException.notFound("planning.plan.not-found", planId));
    ZoneId zone = SuiteZone.get();
    LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
    PublishedPlan view = publication.view(plan, false);
    Map<Long, String> names = new HashMap<>();
    List<CommitteeFigures.TaskFacts> facts =
        tasks.ofPlan(planId).stream().map(t -> facts(t, names)).toList();
    CommitteeFigures figures = CommitteeFigures.of(facts, today);
    String committee = committee(plan.level());
    ReportDocument document =
        documents.committeeReport(
            view,
            messages.get(locale, plan.state().label().key()),
            committee,
            figures,
            view.progress(),
            today,
            locale,
            zone);
    byte[] content =
        format == DocumentFormat.PDF ? PdfWriter.bytes(document) : DocxWriter.bytes(document);
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("format", format.name());
    after.put("committee", committee);
    after.put("tasks", figures.total());
    after.put("completionRate", figures.completionRate().toPlainString());
    audit.record(AUDIT_TYPE, String.valueOf(planId), "REPORT", Map.of(), after);
    return new GeneratedFile(
        "report-" + plan.year() + "-" + plan.id() + "." + format.extension(),
        format.contentType(),
        content);
  }

  private String committee(PlanLevel level) {
    String value = settings.get(PlanningModule.KEY, committeeSetting(level));
    return value == null || value.isBlank() ? defaultCommittee(level) : value.strip();
  }

  private CommitteeFigures.TaskFacts facts(GovernanceTask task, Map<Long, String> names) {
    String lead =
        names.computeIfAbsent(
            task.lead().id(),
            id -> directory.findById(id).map(UnitSummary::name).orElse(task.lead().code()));
    return new CommitteeFigures.TaskFacts(
        task.number().value(),
        task.title(),
        lead,
        task.deadline().orElse(null),
        task.state(),
        task.progress(),
        tasks.delayRequests(task).stream()
            .map(
                d ->
                    new CommitteeFigures.Delay(
                        d.reason(), d.previousDeadline(), d.proposedDeadline(), d.state().name()))
            .toList());
  }
}

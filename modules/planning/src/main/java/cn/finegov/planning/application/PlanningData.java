package cn.finegov.planning.application;

import cn.finegov.kernel.api.calendar.SuiteZone;
import cn.finegov.kernel.api.module.ModuleData;
import cn.finegov.kernel.api.org.OrganisationDirectory;
import cn.finegov.planning.application.participation.EvaluationDraft;
import cn.finegov.planning.application.participation.EvaluationService;
import cn.finegov.planning.application.participation.EvaluationView;
import cn.finegov.planning.application.participation.OpinionDraft;
import cn.finegov.planning.application.participation.OpinionService;
import cn.finegov.planning.application.participation.ProposalDraft;
import cn.finegov.planning.application.participation.ProposalEvaluation;
import cn.finegov.planning.application.participation.ProposalView;
import cn.finegov.planning.application.participation.RoundDraft;
import cn.finegov.planning.application.participation.RoundView;
import cn.finegov.planning.application.participation.ScoreDraft;
import cn.finegov.planning.application.participation.SolicitationService;
import cn.finegov.planning.domain.model.plan.PlanAction;
import cn.finegov.planning.domain.model.task.TaskFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * The demo city's plan of the current year (江城市): three city tasks, one of them decomposed to both
 * districts and, in 滨江区, further to its two streets, with progress reported by the streets, so that
 * the screens have a published plan, draft plans below it and a roll-up to show. Loaded once on an
 * empty demo database, through the services (audited like work on screen).
 */
@ApplicationScoped
public class PlanningData implements ModuleData {

  private static final Logger LOG = Logger.getLogger(PlanningData.class.getName());

  static final String CITY = "990100";

  @Inject PlanService plans;
  @Inject TaskService tasks;
  @Inject SolicitationService solicitations;
  @Inject OpinionService opinions;
  @Inject EvaluationService evaluations;
  @Inject OrganisationDirectory directory;
  @Inject Clock clock;

  Supplier<ZoneId> zone = SuiteZone::get;

  @Override
  public void loadDemoData(Path demoDirectory) {
    if (directory.findByCode(CITY).isEmpty() || tasks.search(TaskFilter.all(), 0, 1).total() > 0) {
      return;
    }
    LocalDate today = LocalDate.ofInstant(clock.instant(), zone.get());
    int year = today.getYear();
    LocalDate endOfYear = LocalDate.of(year, 12, 31);
    LocalDate deadline = endOfYear.isBefore(today.plusDays(40)) ? today.plusDays(40) : endOfYear;
    LocalDate districtDeadline = deadline.minusDays(10);

    PlanView plan =
        plans.create(
            new PlanDraft(
                year,
                null,
                CITY,
                "江城市" + year + "年度城市精细化治理工作计划",
                "背街小巷环境脏乱、老旧小区设施老化、汛期道路积水等群众反映集中的问题。",
                "年底前完成全部背街小巷整治，群众满意度不低于90%。",
                "市城市精细化治理领导小组统筹，纳入年度考核，每月通报进展。",
                null,
                null));
    TaskDetail alleys =
        tasks.create(
            plan.id(),
            new TaskDraft(
                "背街小巷环境综合整治",
                "12345热线反映背街小巷垃圾堆放、路面破损、飞线乱拉。",
                "完成全市背街小巷整治，实现“十无”标准。",
                "一巷一策，区街两级挂图作战，每月巡查。",
                deadline,
                "HOTLINE_12345",
                "HIGH",
                true,
                3,
                "990100-CG",
                List.of("990100-ZJ"),
                null));
    tasks.create(
        plan.id(),
        new TaskDraft(
            "老旧小区加装电梯",
            "人大代表联络站收集的老旧小区居民上下楼难问题。",
            "全年完成加装电梯100台。",
            "简化审批流程，财政补贴到户。",
            deadline,
            "DEPUTY_LIAISON_STATION",
            "NORMAL",
            true,
            2,
            "990100-ZJ",
            List.of(),
            null));
    tasks.create(
        plan.id(),
        new TaskDraft(
            "城市道路积水点改造",
            "媒体报道汛期多处道路积水影响通行。",
            "完成20处积水点改造。",
            "排水管网清淤扩容，汛前完工。",
            deadline,
            "MEDIA",
            "NORMAL",
            false,
            2,
            "990100-SW",
            List.of("990100-JT"),
            null));
    List<TaskView> districts =
        tasks.decompose(
            alleys.summary().number(),
            new Assignment(List.of("990102", "990105"), districtDeadline, null));
    plans.act(plan.id(), PlanAction.SUBMIT, null, null);
    plans.act(plan.id(), PlanAction.APPROVE, null, null);
    plans.act(plan.id(), PlanAction.PUBLISH, null, null);

    TaskView binjiang =
        districts.stream().filter(t -> t.leadUnitCode().equals("990102")).findFirst().orElseThrow();
    List<TaskView> streets =
        tasks.decompose(
            binjiang.number(),
            new Assignment(List.of("990102001", "990102002"), districtDeadline.minusDays(5), 1));
    tasks.reportProgress(
        streets.get(0).number(), new ProgressDraft(60, "已完成望江街道12条背街小巷中7条的整治。", List.of()));
    tasks.reportProgress(
        streets.get(1).number(), new ProgressDraft(30, "柳岸街道整治方案已确定，3条小巷开工。", List.of()));
    LOG.info(() -> "Demo plan " + plan.title() + " with its decomposed tasks loaded");
    participation(today, year, plan.id());
  }

  /**
   * The city's solicitation of tasks for next year with two proposals (one answered), a letter
   * waiting for its answer, and an open satisfaction evaluation with the votes for this year's
   * plan.
   */
  private void participation(LocalDate today, int year, long cityPlan) {
    RoundView round =
        solicitations.open(
            new RoundDraft(
                year + 1,
                CITY,
                "江城市" + (year + 1) + "年度精细化治理任务征集",
                "通过12345热线、政府网站和人大代表联络站征集群众身边的治理问题。",
                List.of("HOTLINE_12345", "GOVERNMENT_PORTAL", "DEPUTY_LIAISON_STATION"),
                today.minusDays(5),
                today.plusDays(25)));
    solicitations.receive(
        round.id(),
        new ProposalDraft(
            "DEPUTY_LIAISON_STATION",
            "滨江区望江街道人大代表联络站",
            "增设社区口袋公园",
            "望江社区缺少居民休闲空间，建议利用边角地建设口袋公园。",
            "王建国",
            "13905710001",
            null,
            today.minusDays(3),
            null));
    ProposalView parking =
        solicitations.receive(
            round.id(),
            new ProposalDraft(
                "GOVERNMENT_PORTAL",
                "政府网站“我有建议”栏目",
                "学校周边接送车辆乱停",
                "上下学时段学校门口车辆乱停，建议划定临时停车位。",
                "李小红",
                "13905710002",
                "lixh@example.cn",
                today.minusDays(2),
                null));
    solicitations.evaluate(
        parking.id(),
        new ProposalEvaluation(
            "NOT_ADOPTED",
            "已由交警部门纳入日常整治，不再单列为年度任务。",
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            parking.version()));
    opinions.receive(
        new OpinionDraft(
            "LETTER",
            "关于背街小巷夜间照明的建议",
            "部分背街小巷路灯损坏，夜间出行不便，建议纳入整治。",
            "赵大伟",
            "13905710003",
            null,
            today.minusDays(4),
            "990100-CG"));
    EvaluationView evaluation =
        evaluations.open(new EvaluationDraft(year, "CITY", CITY, "江城市" + year + "年度治理工作满意度测评"));
    evaluations.score(evaluation.id(), new ScoreDraft(cityPlan, 38, 6, 2));
    LOG.info(() -> "Demo solicitation, proposals, opinion and evaluation loaded");
  }
}

package cn.finegov.planning.application;

import cn.finegov.kernel.api.calendar.SuiteZone;
import cn.finegov.kernel.api.module.ModuleData;
import cn.finegov.kernel.api.org.OrganisationDirectory;
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
  }
}

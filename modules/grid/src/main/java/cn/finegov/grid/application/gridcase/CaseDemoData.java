package cn.finegov.grid.application.gridcase;

import cn.finegov.grid.application.setup.GridDataPart;
import cn.finegov.grid.domain.model.gridcase.CaseAction;
import cn.finegov.grid.domain.model.gridcase.CaseSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Logger;

/**
 * A few cases of the demo city in the demo grids, at different steps of the workflow (order 90,
 * after the grids and categories), so that the inboxes, the map and the widgets show something.
 * Made through the case service as the setup flow, with their timeline, deadlines and audit.
 */
@ApplicationScoped
public class CaseDemoData implements GridDataPart {

  private static final Logger LOG = Logger.getLogger(CaseDemoData.class.getName());

  /** The demo handler's unit (滨江区城管局). */
  private static final String CITY_MANAGEMENT = "990102-CG";

  @Inject CaseService cases;

  /** A demo case and the steps it has been through. */
  private record Demo(
      String category,
      double latitude,
      double longitude,
      String address,
      String description,
      List<CaseAction> steps) {}

  private static final List<Demo> DEMO =
      List.of(
          new Demo("C0109", 30.27801, 120.1429, "望江路12号门口", "路灯夜间不亮", List.of()),
          new Demo(
              "E0101",
              30.27802,
              120.15112,
              "望江路与江滩街交叉口东北角",
              "人行道上堆放生活垃圾",
              List.of(CaseAction.FILE)),
          new Demo(
              "C0109",
              30.27001,
              120.1433,
              "江滩街38号",
              "路灯灯杆倾斜",
              List.of(CaseAction.FILE, CaseAction.DISPATCH)),
          new Demo(
              "C0110",
              30.27002,
              120.15147,
              "江滩公园南门公厕",
              "公厕洗手池堵塞",
              List.of(CaseAction.FILE, CaseAction.DISPATCH, CaseAction.SIGN, CaseAction.START)),
          new Demo(
              "C0109",
              30.27803,
              120.15914,
              "柳岸路5号",
              "路灯白天常亮",
              List.of(
                  CaseAction.FILE,
                  CaseAction.DISPATCH,
                  CaseAction.SIGN,
                  CaseAction.START,
                  CaseAction.REPORT_BACK)),
          new Demo(
              "C0110",
              30.27014,
              120.16705,
              "新桥菜场北侧公厕",
              "公厕照明损坏",
              List.of(
                  CaseAction.FILE,
                  CaseAction.DISPATCH,
                  CaseAction.SIGN,
                  CaseAction.START,
                  CaseAction.REPORT_BACK,
                  CaseAction.START_VERIFICATION,
                  CaseAction.CLOSE)));

  @Override
  public int order() {
    return 90;
  }

  @Override
  public void loadDemoData(Path demoDirectory) {
    for (Demo demo : DEMO) {
      CaseDetail detail =
          cases
              .report(
                  new NewCase(
                      CaseSource.SUPERVISOR,
                      demo.category(),
                      demo.latitude(),
                      demo.longitude(),
                      null,
                      demo.address(),
                      demo.description(),
                      false,
                      null,
                      null,
                      null,
                      null))
              .detail();
      String number = detail.summary().number();
      for (CaseAction step : demo.steps()) {
        cases.act(
            number,
            step == CaseAction.DISPATCH
                ? CaseCommand.toUnit(step, CITY_MANAGEMENT, null)
                : CaseCommand.of(step));
      }
    }
    LOG.info(() -> "Demo cases loaded: " + DEMO.size());
  }
}

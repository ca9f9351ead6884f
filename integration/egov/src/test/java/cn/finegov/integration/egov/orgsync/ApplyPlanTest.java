package cn.finegov.integration.egov.orgsync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApplyPlanTest {

  private static final OrgDirectoryRowMapper MAPPER =
      new OrgDirectoryRowMapper(OrgDirectoryFormat.from(key -> Optional.empty()));

  private final List<OrgDirectoryBatch.Row> rows = new ArrayList<>();

  /** Adds a row on the next line (the header is line 1). */
  private ApplyPlanTest unit(String code, String type, String parent, String status) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("机构代码", code);
    fields.put("机构名称", "单位" + code);
    fields.put("机构类型", type);
    fields.put("上级机构代码", parent == null ? "" : parent);
    fields.put("状态", status);
    rows.add(new OrgDirectoryBatch.Row(rows.size() + 2, fields));
    return this;
  }

  private ApplyPlanTest active(String code, String type, String parent) {
    return unit(code, type, parent, "正常");
  }

  private ApplyPlanTest dissolved(String code, String type, String parent) {
    return unit(code, type, parent, "撤销");
  }

  private List<ApplyPlan.Step> plan() {
    return ApplyPlan.of(new OrgDirectoryBatch("a.csv", "sha", "UTF-8", rows), MAPPER);
  }

  private static List<String> codes(List<ApplyPlan.Step> plan) {
    return plan.stream().map(step -> step.row().get("机构代码")).toList();
  }

  @Test
  void parentsComeBeforeTheirChildrenWhateverTheFileOrder() {
    active("990101001001", "社区", "990101001")
        .active("990101001", "街道", "990101")
        .active("990101", "区", "990100")
        .active("990100", "市", null);

    List<ApplyPlan.Step> plan = plan();

    assertThat(codes(plan)).containsExactly("990100", "990101", "990101001", "990101001001");
    assertThat(plan).noneMatch(ApplyPlan.Step::rejected);
    assertThat(plan.get(0).unit().code()).isEqualTo("990100");
  }

  @Test
  void unitsAtTheSameDepthKeepTheFileOrder() {
    active("990102", "区", "990100")
        .active("990100D01", "部门", "990100")
        .active("990100", "市", null)
        .active("990101", "区", "990100");

    assertThat(codes(plan())).containsExactly("990100", "990102", "990100D01", "990101");
  }

  @Test
  void aParentOutsideTheFileCountsAsTheTop() {
    active("990101001001", "社区", "990101001").active("990101002", "街道", "990101");

    assertThat(codes(plan())).containsExactly("990101001001", "990101002");
  }

  @Test
  void parentCodesMatchWhateverTheirCase() {
    active("d01x", "部门", "D01").active("d01", "部门", null);

    assertThat(codes(plan())).containsExactly("d01", "d01x");
  }

  @Test
  void dissolvedUnitsComeLastDeepestFirst() {
    dissolved("990101", "区", "990100")
        .dissolved("990101001", "街道", "990101")
        .active("990102001", "街道", "990102")
        .dissolved("990101001001", "社区", "990101001")
        .active("990102", "区", "990100")
        .active("990100", "市", null);

    List<ApplyPlan.Step> plan = plan();

    assertThat(codes(plan))
        .containsExactly("990100", "990102", "990102001", "990101001001", "990101001", "990101");
    assertThat(plan.subList(0, 3)).allMatch(step -> step.unit().active());
    assertThat(plan.subList(3, 6)).noneMatch(step -> step.unit().active());
  }

  @Test
  void aCodeRepeatedInTheFileIsRejectedNamingTheFirstLine() {
    active("990100", "市", null).active("990101", "区", "990100").active("990101", "区", "990100");

    List<ApplyPlan.Step> plan = plan();

    assertThat(codes(plan)).containsExactly("990100", "990101", "990101");
    ApplyPlan.Step repeated = plan.get(2);
    assertThat(repeated.row().number()).isEqualTo(4);
    assertThat(repeated.rejected()).isTrue();
    assertThat(repeated.unit()).isNull();
    assertThat(repeated.rejection().messageKey()).isEqualTo("orgsync.row.duplicate-code");
    assertThat(repeated.rejection().arguments()).containsExactly("990101", 3);
    assertThat(plan.get(1).rejected()).isFalse();
  }

  @Test
  void codesDifferingOnlyInCaseAreTheSameCode() {
    active("d01", "部门", null).active("D01", "部门", null);

    List<ApplyPlan.Step> plan = plan();

    assertThat(plan.get(1).rejection().messageKey()).isEqualTo("orgsync.row.duplicate-code");
    assertThat(plan.get(1).rejection().arguments()).containsExactly("D01", 2);
  }

  @Test
  void unitsWhoseParentsFormACycleInTheFileAreRejected() {
    active("990100", "市", null)
        .active("A", "部门", "B")
        .active("B", "部门", "C")
        .active("C", "部门", "A")
        .active("SELF", "部门", "SELF");

    List<ApplyPlan.Step> plan = plan();

    assertThat(codes(plan)).containsExactly("990100", "A", "B", "C", "SELF");
    assertThat(plan.get(0).rejected()).isFalse();
    for (ApplyPlan.Step step : plan.subList(1, 5)) {
      assertThat(step.rejected()).isTrue();
      assertThat(step.rejection().messageKey()).isEqualTo("orgsync.row.cycle");
      assertThat(step.rejection().arguments()).containsExactly(step.row().get("机构代码"));
    }
  }

  @Test
  void aUnitBelowACycleIsTreatedTheSameWhereverItStandsInTheFile() {
    active("CHILD", "部门", "A").active("A", "部门", "B").active("B", "部门", "A");
    List<ApplyPlan.Step> childFirst = plan();
    rows.clear();
    active("A", "部门", "B").active("B", "部门", "A").active("CHILD", "部门", "A");
    List<ApplyPlan.Step> childLast = plan();

    ApplyPlan.Step first =
        childFirst.stream().filter(s -> s.row().get("机构代码").equals("CHILD")).findFirst().get();
    ApplyPlan.Step last =
        childLast.stream().filter(s -> s.row().get("机构代码").equals("CHILD")).findFirst().get();
    assertThat(first.rejected()).isEqualTo(last.rejected()).isFalse();
    assertThat(childFirst).filteredOn(ApplyPlan.Step::rejected).hasSize(2);
    assertThat(childLast).filteredOn(ApplyPlan.Step::rejected).hasSize(2);
  }

  @Test
  void rejectedRowsCarryTheirReasonAndComeLastInLineOrder() {
    unit("990101", "区", "990100", "暂停")
        .active("990100", "市", null)
        .active("", "区", "990100")
        .dissolved("990102", "区", "990100")
        .active("990103", "居委会", "990100");

    List<ApplyPlan.Step> plan = plan();

    assertThat(plan).extracting(step -> step.row().number()).containsExactly(3, 5, 2, 4, 6);
    assertThat(plan.subList(0, 2)).noneMatch(ApplyPlan.Step::rejected);
    assertThat(plan.subList(2, 5))
        .allMatch(ApplyPlan.Step::rejected)
        .allMatch(step -> step.unit() == null)
        .extracting(step -> step.rejection().messageKey())
        .containsExactly(
            "orgsync.row.status-unknown", "orgsync.row.missing", "orgsync.row.type-unknown");
  }

  @Test
  void anEmptyBatchHasAnEmptyPlan() {
    assertThat(plan()).isEmpty();
  }
}

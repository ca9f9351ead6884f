package cn.finegov.grid.domain.model.category;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.finegov.kernel.api.calendar.DeadlineRule;
import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.error.FieldError;
import cn.finegov.kernel.api.error.ValidationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The category file format and the file shipped in config/grid. */
class CategoryFileTest {

  private static final String HEADER =
      "kind,code,major_name,name,name_en,file,dispatch,sign,handle,verify,default_unit,public\n";

  @Test
  void theShippedFileIsValidAndCoversEveryMajorClass() throws IOException {
    byte[] shipped = Files.readAllBytes(Path.of("../../config/grid/categories.csv"));

    List<CategoryFile.Row> rows = CategoryFile.parse(shipped);

    assertThat(rows).hasSizeGreaterThan(40);
    Set<String> componentMajors =
        rows.stream()
            .map(CategoryFile.Row::category)
            .filter(c -> c.code().kind() == CaseKind.COMPONENT)
            .map(Category::majorName)
            .collect(Collectors.toSet());
    assertThat(componentMajors).contains("公用设施", "道路交通", "市容环境", "园林绿化", "房屋土地");
    Set<String> eventMajors =
        rows.stream()
            .map(CategoryFile.Row::category)
            .filter(c -> c.code().kind() == CaseKind.EVENT)
            .map(Category::majorName)
            .collect(Collectors.toSet());
    assertThat(eventMajors).contains("市容环境", "宣传广告", "施工管理", "街面秩序", "突发事件");
    Category manhole =
        rows.stream()
            .map(CategoryFile.Row::category)
            .filter(c -> c.code().equals(CategoryCode.parse("C0101")))
            .findFirst()
            .orElseThrow();
    assertThat(manhole.name()).isEqualTo("上水井盖");
    assertThat(manhole.nameEn()).isEqualTo("Water-supply manhole cover");
    // Fuzhou: file and dispatch within one working hour together, sign within one working hour.
    for (CategoryFile.Row row : rows) {
      TimeLimits limits = row.category().limits();
      assertThat(limits.of(CaseStage.FILE).amount() + limits.of(CaseStage.DISPATCH).amount())
          .as("file + dispatch of %s", row.category().code())
          .isLessThanOrEqualTo(60);
      assertThat(limits.of(CaseStage.SIGN))
          .isEqualTo(DeadlineRule.workingTime(java.time.Duration.ofHours(1)));
    }
    assertThat(rows.stream().filter(r -> r.category().publicService()).count()).isGreaterThan(30);
    assertThat(rows.get(0).line()).as("first line after 4 comments and the header").isEqualTo(6);
  }

  @Test
  void aLineReadsIntoACategory() {
    String file =
        "\uFEFF# comment\n"
            + HEADER
            + "事件,0401,街面秩序,占道经营,Street vending,30min,30min,1h,2wd,2h,990102-CG,是\n"
            + "\n"
            + "C,0101,公用设施,\"上水井盖, 方形\",,1h,1h,1h,4小时,1h,,false\n";

    List<CategoryFile.Row> rows = CategoryFile.parse(file.getBytes(StandardCharsets.UTF_8));

    assertThat(rows).hasSize(2);
    Category vending = rows.get(0).category();
    assertThat(rows.get(0).line()).isEqualTo(3);
    assertThat(vending.code()).isEqualTo(CategoryCode.parse("E0401"));
    assertThat(vending.limits().of(CaseStage.FILE))
        .isEqualTo(new DeadlineRule(DeadlineRule.Unit.WORKING_HOURS, 30));
    assertThat(vending.limits().of(CaseStage.HANDLE)).isEqualTo(DeadlineRule.workingDays(2));
    assertThat(vending.defaultUnit()).contains("990102-CG");
    assertThat(vending.publicService()).isTrue();
    Category cover = rows.get(1).category();
    assertThat(rows.get(1).line()).isEqualTo(5);
    assertThat(cover.name()).isEqualTo("上水井盖, 方形");
    assertThat(cover.givenNameEn()).isEmpty();
    assertThat(cover.limits().of(CaseStage.HANDLE))
        .isEqualTo(new DeadlineRule(DeadlineRule.Unit.WORKING_HOURS, 240));
    assertThat(cover.defaultUnit()).isEmpty();
    assertThat(cover.publicService()).isFalse();
  }

  @Test
  void everyBadLineIsReportedWithItsNumber() {
    String file =
        HEADER
            + "EVENT,0401,街面秩序,占道经营,,30min,30min,1h,2 days,2h,,true\n"
            + "THING,0402,街面秩序,店外经营,,30min,30min,1h,2h,2h,,true\n"
            + "EVENT,0400,街面秩序,店外经营,,30min,30min,1h,2h,2h,,true\n"
            + "EVENT,0403,街面秩序,,,30min,30min,1h,2h,2h,,true\n"
            + "EVENT,0404,街面秩序,游商,,30min,30min,1h,0h,2h,,true\n"
            + "EVENT,0405,街面秩序,游商,,30min,30min,1h,2h,2h,,perhaps\n"
            + "EVENT,0406,街面秩序,游商,,30min,30min,1h,2h,2h,true\n"
            + "EVENT,0407,街面秩序,游商,,30min,30min,1h,2h,2h,,true\n"
            + "EVENT,0407,街面秩序,游商,,30min,30min,1h,2h,2h,,true\n";

    assertThatThrownBy(() -> CategoryFile.parse(file.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field, FieldError::messageKey)
                    .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("line 2", "grid.category.limit-text"),
                        org.assertj.core.groups.Tuple.tuple("line 3", "grid.category.kind"),
                        org.assertj.core.groups.Tuple.tuple("line 4", "grid.category.code"),
                        org.assertj.core.groups.Tuple.tuple(
                            "line 5", "grid.category.name-required"),
                        org.assertj.core.groups.Tuple.tuple("line 6", "grid.limits.zero"),
                        org.assertj.core.groups.Tuple.tuple("line 7", "grid.category.file.flag"),
                        org.assertj.core.groups.Tuple.tuple("line 8", "grid.category.file.columns"),
                        org.assertj.core.groups.Tuple.tuple(
                            "line 10", "grid.category.file.duplicate")));
  }

  @Test
  void aWrongHeaderOrEncodingIsRefused() {
    assertThatThrownBy(() -> CategoryFile.parse("code,name\n".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.errors().get(0).messageKey()).isEqualTo("grid.category.file.header"));
    assertThatThrownBy(() -> CategoryFile.parse(new byte[] {(byte) 0xB2, (byte) 0xBF, 0x0A}))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors().get(0).messageKey())
                    .isEqualTo("grid.category.file.encoding"));
    assertThatThrownBy(() -> CategoryFile.parse("# only\n".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void limitsAreReadAndWrittenInTheShortForm() {
    assertThat(LimitText.parse(CaseStage.FILE, "30min"))
        .isEqualTo(new DeadlineRule(DeadlineRule.Unit.WORKING_HOURS, 30));
    assertThat(LimitText.parse(CaseStage.FILE, " 2H "))
        .isEqualTo(new DeadlineRule(DeadlineRule.Unit.WORKING_HOURS, 120));
    assertThat(LimitText.parse(CaseStage.HANDLE, "3工作日")).isEqualTo(DeadlineRule.workingDays(3));
    assertThat(LimitText.parse(CaseStage.HANDLE, "45分钟"))
        .isEqualTo(new DeadlineRule(DeadlineRule.Unit.WORKING_HOURS, 45));
    assertThat(LimitText.format(DeadlineRule.workingDays(3))).isEqualTo("3wd");
    assertThat(LimitText.format(new DeadlineRule(DeadlineRule.Unit.WORKING_HOURS, 120)))
        .isEqualTo("2h");
    assertThat(LimitText.format(new DeadlineRule(DeadlineRule.Unit.WORKING_HOURS, 90)))
        .isEqualTo("90min");
    for (String bad : new String[] {"", "2", "h", "-1h", "1.5h", "2 days", "2d"}) {
      assertThatThrownBy(() -> LimitText.parse(CaseStage.HANDLE, bad))
          .as(bad)
          .isInstanceOfSatisfying(
              DomainException.class,
              e -> assertThat(e.messageKey()).isEqualTo("grid.category.limit-text"));
    }
    assertThatThrownBy(() -> LimitText.parse(CaseStage.HANDLE, "2601wd"))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.messageKey()).isEqualTo("grid.category.limit-range"));
    assertThatThrownBy(() -> LimitText.parse(CaseStage.HANDLE, "10001h"))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.messageKey()).isEqualTo("grid.category.limit-range"));
    assertThat(LimitText.parse(CaseStage.HANDLE, "10000h").amount()).isEqualTo(600_000);
  }
}

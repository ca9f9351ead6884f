package cn.finegov.integration.egov.orgsync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.finegov.kernel.api.org.ExternalUnit;
import cn.finegov.kernel.api.org.UnitType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrgDirectoryRowMapperTest {

  private final OrgDirectoryRowMapper mapper =
      new OrgDirectoryRowMapper(OrgDirectoryFormat.from(key -> Optional.empty()));

  private static Map<String, String> street() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("机构代码", "990101001");
    fields.put("机构名称", "第1区第1街道办事处");
    fields.put("机构简称", "第1街道");
    fields.put("机构类型", "街道");
    fields.put("上级机构代码", "990101");
    fields.put("排序号", "3");
    fields.put("状态", "正常");
    return fields;
  }

  private static OrgDirectoryBatch.Row row(Map<String, String> fields) {
    return new OrgDirectoryBatch.Row(7, fields);
  }

  private static OrgDirectoryBatch.Row street(String column, String value) {
    Map<String, String> fields = street();
    fields.put(column, value);
    return row(fields);
  }

  private RowRejectedException refusal(OrgDirectoryBatch.Row row) {
    return catchThrowableOfType(RowRejectedException.class, () -> mapper.map(row));
  }

  @Test
  void aCompleteRowBecomesAnExternalUnit() {
    ExternalUnit unit = mapper.map(row(street()));

    assertThat(unit)
        .isEqualTo(
            new ExternalUnit(
                "990101001", "第1区第1街道办事处", "第1街道", UnitType.STREET, "990101", 3, true));
  }

  @Test
  void valuesAreStrippedAndBlankOptionalValuesAreAbsent() {
    Map<String, String> fields = street();
    fields.put("机构代码", "  990101001 ");
    fields.put("机构简称", "  ");
    fields.remove("排序号");
    fields.remove("状态");

    ExternalUnit unit = mapper.map(row(fields));

    assertThat(unit.code()).isEqualTo("990101001");
    assertThat(unit.shortName()).isNull();
    assertThat(unit.sortOrder()).isNull();
    assertThat(unit.active()).isTrue();
  }

  @Test
  void aBlankParentMeansAUnitAtTheTop() {
    assertThat(mapper.map(street("上级机构代码", "")).parentCode()).isNull();
    assertThat(mapper.map(street("上级机构代码", "   ")).parentCode()).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"机构代码", "机构名称", "机构类型"})
  void aMissingRequiredValueIsRefusedNamingTheColumn(String column) {
    Map<String, String> blank = street();
    blank.put(column, " ");
    Map<String, String> absent = street();
    absent.remove(column);

    for (OrgDirectoryBatch.Row row : new OrgDirectoryBatch.Row[] {row(blank), row(absent)}) {
      RowRejectedException refusal = refusal(row);
      assertThat(refusal.messageKey()).isEqualTo("orgsync.row.missing");
      assertThat(refusal.arguments()).containsExactly(column);
    }
  }

  @Test
  void anUnknownTypeWordIsRefusedListingTheKnownOnes() {
    RowRejectedException refusal = refusal(street("机构类型", "居委会"));

    assertThat(refusal.messageKey()).isEqualTo("orgsync.row.type-unknown");
    assertThat(refusal.arguments()[0]).isEqualTo("居委会");
    assertThat(refusal.arguments()[1]).isEqualTo("机构类型");
    assertThat((String) refusal.arguments()[2]).startsWith("市、区、县、街道").contains("社区");
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "-1", "1.5", "99999999999"})
  void aSortOrderThatIsNotANonNegativeIntegerIsRefused(String order) {
    RowRejectedException refusal = refusal(street("排序号", order));

    assertThat(refusal.messageKey()).isEqualTo("orgsync.row.order-invalid");
    assertThat(refusal.arguments()).containsExactly(order, "排序号");
  }

  @Test
  void zeroIsAValidSortOrder() {
    assertThat(mapper.map(street("排序号", "0")).sortOrder()).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"正常", "启用", "有效", "在用", "1", " 正常 "})
  void theActiveStatusWordsMeanInUse(String status) {
    assertThat(mapper.map(street("状态", status)).active()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"撤销", "停用", "注销", "无效", "0"})
  void theInactiveStatusWordsMeanDissolved(String status) {
    assertThat(mapper.map(street("状态", status)).active()).isFalse();
  }

  @Test
  void anUnknownStatusWordIsRefusedListingBothKinds() {
    RowRejectedException refusal = refusal(street("状态", "暂停"));

    assertThat(refusal.messageKey()).isEqualTo("orgsync.row.status-unknown");
    assertThat(refusal.arguments()).hasSize(4);
    assertThat(refusal.arguments()[0]).isEqualTo("暂停");
    assertThat(refusal.arguments()[1]).isEqualTo("状态");
    assertThat((String) refusal.arguments()[2]).contains("正常", "启用");
    assertThat((String) refusal.arguments()[3]).contains("撤销", "注销");
  }

  @Test
  void aConfiguredFormatIsFollowed() {
    Map<String, String> config =
        Map.of(
            "egov.orgsync.column.code", "code",
            "egov.orgsync.types", "unit:DEPARTMENT",
            "egov.orgsync.inactive-values", "gone");
    OrgDirectoryRowMapper configured =
        new OrgDirectoryRowMapper(
            OrgDirectoryFormat.from(key -> Optional.ofNullable(config.get(key))));
    Map<String, String> fields = street();
    fields.remove("机构代码");
    fields.put("code", "X1");
    fields.put("机构类型", "unit");
    fields.put("状态", "gone");

    ExternalUnit unit = configured.map(row(fields));

    assertThat(unit.code()).isEqualTo("X1");
    assertThat(unit.type()).isEqualTo(UnitType.DEPARTMENT);
    assertThat(unit.active()).isFalse();
    assertThat(refusal(street("机构类型", "unit")).messageKey()).isEqualTo("orgsync.row.type-unknown");
  }
}

package cn.finegov.integration.egov.orgsync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import cn.finegov.kernel.api.org.UnitType;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrgDirectoryFormatTest {

  private static OrgDirectoryFormat from(Map<String, String> config) {
    return OrgDirectoryFormat.from(key -> Optional.ofNullable(config.get(key)));
  }

  @Test
  void withoutConfigurationThePlatformsUsualNamesApply() {
    OrgDirectoryFormat format = from(Map.of());

    assertThat(format.codeColumn()).isEqualTo("机构代码");
    assertThat(format.nameColumn()).isEqualTo("机构名称");
    assertThat(format.shortNameColumn()).isEqualTo("机构简称");
    assertThat(format.typeColumn()).isEqualTo("机构类型");
    assertThat(format.parentColumn()).isEqualTo("上级机构代码");
    assertThat(format.orderColumn()).isEqualTo("排序号");
    assertThat(format.statusColumn()).isEqualTo("状态");
    assertThat(format.charset()).isEqualTo("AUTO");
    assertThat(format.activeValues()).containsExactlyInAnyOrder("正常", "启用", "有效", "在用", "1");
    assertThat(format.inactiveValues()).containsExactlyInAnyOrder("撤销", "停用", "注销", "无效", "0");
    assertThat(format.requiredColumns())
        .containsExactlyInAnyOrder("机构代码", "机构名称", "机构类型", "上级机构代码");
  }

  @Test
  void theDefaultTypeWordsMapToTheSuitesTypesInTheirOrder() {
    OrgDirectoryFormat format = from(Map.of());

    assertThat(format.types())
        .containsExactly(
            entry("市", UnitType.CITY),
            entry("区", UnitType.DISTRICT),
            entry("县", UnitType.DISTRICT),
            entry("街道", UnitType.STREET),
            entry("镇", UnitType.TOWN),
            entry("乡", UnitType.TOWN),
            entry("社区", UnitType.COMMUNITY),
            entry("村", UnitType.COMMUNITY),
            entry("部门", UnitType.DEPARTMENT),
            entry("委办局", UnitType.DEPARTMENT),
            entry("中心", UnitType.DEPARTMENT),
            entry("企业", UnitType.ENTERPRISE),
            entry("公共服务企业", UnitType.ENTERPRISE));
  }

  @Test
  void configuredValuesOverrideTheDefaults() {
    OrgDirectoryFormat format =
        from(
            Map.ofEntries(
                Map.entry("egov.orgsync.column.code", "CODE"),
                Map.entry("egov.orgsync.column.name", "NAME"),
                Map.entry("egov.orgsync.column.short-name", "SHORT"),
                Map.entry("egov.orgsync.column.type", "TYPE"),
                Map.entry("egov.orgsync.column.parent", "PARENT"),
                Map.entry("egov.orgsync.column.order", "ORDER"),
                Map.entry("egov.orgsync.column.status", "STATUS"),
                Map.entry("egov.orgsync.active-values", " yes , Y ,, "),
                Map.entry("egov.orgsync.inactive-values", "no"),
                Map.entry("egov.orgsync.charset", "GBK")));

    assertThat(format.codeColumn()).isEqualTo("CODE");
    assertThat(format.nameColumn()).isEqualTo("NAME");
    assertThat(format.shortNameColumn()).isEqualTo("SHORT");
    assertThat(format.typeColumn()).isEqualTo("TYPE");
    assertThat(format.parentColumn()).isEqualTo("PARENT");
    assertThat(format.orderColumn()).isEqualTo("ORDER");
    assertThat(format.statusColumn()).isEqualTo("STATUS");
    assertThat(format.activeValues()).containsExactlyInAnyOrder("yes", "Y");
    assertThat(format.inactiveValues()).containsExactly("no");
    assertThat(format.charset()).isEqualTo("GBK");
    assertThat(format.requiredColumns())
        .containsExactlyInAnyOrder("CODE", "NAME", "TYPE", "PARENT");
  }

  @Test
  void configuredTypesKeepTheirOrderAndAcceptAnyCaseAndSpaces() {
    OrgDirectoryFormat format =
        from(Map.of("egov.orgsync.types", " 社区 : community,市:CITY , 部门:Department"));

    assertThat(format.types())
        .containsExactly(
            entry("社区", UnitType.COMMUNITY),
            entry("市", UnitType.CITY),
            entry("部门", UnitType.DEPARTMENT));
  }

  @Test
  void aTypePairWithoutAColonIsAConfigurationError() {
    assertThatThrownBy(() -> from(Map.of("egov.orgsync.types", "市:CITY,区")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("egov.orgsync.types")
        .hasMessageContaining("'区'");
  }

  @Test
  void anUnknownSuiteTypeIsAConfigurationError() {
    assertThatThrownBy(() -> from(Map.of("egov.orgsync.types", "市:METROPOLIS")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("METROPOLIS");
  }

  @Test
  void theFormatCannotBeChangedAfterwards() {
    OrgDirectoryFormat format = from(Map.of());

    assertThatThrownBy(() -> format.types().put("省", UnitType.CITY))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> format.activeValues().add("ok"))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}

package cn.finegov.integration.egov.orgsync;

import cn.finegov.kernel.api.org.UnitType;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How the platform writes its directory file: the names of its columns, its words for unit types
 * and for "in use" and "dissolved". Every value comes from configuration ({@code egov.orgsync.*}),
 * so a city with another platform version changes files in {@code config/}, not code.
 *
 * @param codeColumn column of the unit code
 * @param nameColumn column of the full name
 * @param shortNameColumn column of the short name (optional in the file)
 * @param typeColumn column of the unit type
 * @param parentColumn column of the parent's code
 * @param orderColumn column of the sort order (optional in the file)
 * @param statusColumn column of the status (optional in the file: absent means in use)
 * @param types the platform's type words and the suite's types
 * @param activeValues status words meaning in use
 * @param inactiveValues status words meaning dissolved
 * @param charset {@code AUTO}, or the charset the platform always uses
 */
public record OrgDirectoryFormat(
    String codeColumn,
    String nameColumn,
    String shortNameColumn,
    String typeColumn,
    String parentColumn,
    String orderColumn,
    String statusColumn,
    Map<String, UnitType> types,
    Set<String> activeValues,
    Set<String> inactiveValues,
    String charset) {

  public OrgDirectoryFormat {
    types = Collections.unmodifiableMap(new LinkedHashMap<>(types));
    activeValues = Collections.unmodifiableSet(new LinkedHashSet<>(activeValues));
    inactiveValues = Collections.unmodifiableSet(new LinkedHashSet<>(inactiveValues));
  }

  /** Columns a file must have. */
  public Set<String> requiredColumns() {
    return Set.of(codeColumn, nameColumn, typeColumn, parentColumn);
  }

  /**
   * The format from configuration values, with the platform's usual names as defaults.
   *
   * @param config looks a property up by name
   */
  public static OrgDirectoryFormat from(Function<String, Optional<String>> config) {
    return new OrgDirectoryFormat(
        config.apply("egov.orgsync.column.code").orElse("机构代码"),
        config.apply("egov.orgsync.column.name").orElse("机构名称"),
        config.apply("egov.orgsync.column.short-name").orElse("机构简称"),
        config.apply("egov.orgsync.column.type").orElse("机构类型"),
        config.apply("egov.orgsync.column.parent").orElse("上级机构代码"),
        config.apply("egov.orgsync.column.order").orElse("排序号"),
        config.apply("egov.orgsync.column.status").orElse("状态"),
        types(
            config
                .apply("egov.orgsync.types")
                .orElse(
                    "市:CITY,区:DISTRICT,县:DISTRICT,街道:STREET,镇:TOWN,乡:TOWN,社区:COMMUNITY,村:COMMUNITY,"
                        + "部门:DEPARTMENT,委办局:DEPARTMENT,中心:DEPARTMENT,企业:ENTERPRISE,公共服务企业:ENTERPRISE")),
        words(config.apply("egov.orgsync.active-values").orElse("正常,启用,有效,在用,1")),
        words(config.apply("egov.orgsync.inactive-values").orElse("撤销,停用,注销,无效,0")),
        config.apply("egov.orgsync.charset").orElse("AUTO"));
  }

  /** Parses {@code 市:CITY,区:DISTRICT}. */
  static Map<String, UnitType> types(String text) {
    Map<String, UnitType> types = new LinkedHashMap<>();
    for (String pair : text.split(",")) {
      String[] parts = pair.split(":");
      if (parts.length != 2) {
        throw new IllegalStateException("egov.orgsync.types: '" + pair + "' is not word:TYPE");
      }
      types.put(parts[0].strip(), UnitType.valueOf(parts[1].strip().toUpperCase(Locale.ROOT)));
    }
    return types;
  }

  private static Set<String> words(String text) {
    return Stream.of(text.split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .collect(Collectors.toSet());
  }
}

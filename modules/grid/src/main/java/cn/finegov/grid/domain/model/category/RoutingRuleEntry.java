package cn.finegov.grid.domain.model.category;

import cn.finegov.grid.domain.model.grid.GridCode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.Objects;

/**
 * A stored {@link RoutingRule} (table {@code grd_routing_rule}), edited by administrators: the rule
 * itself is the value object, this entry gives it an identity and a version.
 */
@Entity
@Table(name = "grd_routing_rule")
public class RoutingRuleEntry implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "grd_routing_rule_seq")
  @SequenceGenerator(
      name = "grd_routing_rule_seq",
      sequenceName = "grd_routing_rule_seq",
      allocationSize = 50)
  private Long id;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @Enumerated(EnumType.STRING)
  @Column(name = "case_kind", length = 10)
  private CaseKind caseKind;

  @Column(name = "category_code", length = 4)
  private String categoryCode;

  @Column(name = "grid_code", length = 15)
  private String gridCode;

  @Column(name = "unit_code", length = 32, nullable = false)
  private String unitCode;

  protected RoutingRuleEntry() {}

  public RoutingRuleEntry(RoutingRule rule) {
    change(rule);
  }

  /** Replaces the rule this entry holds. */
  public void change(RoutingRule rule) {
    Objects.requireNonNull(rule, "rule");
    caseKind = rule.category() == null ? null : rule.category().kind();
    categoryCode = rule.category() == null ? null : rule.category().code();
    gridCode = rule.grid() == null ? null : rule.grid().value();
    unitCode = rule.unitCode();
  }

  public Long id() {
    return id;
  }

  public long version() {
    return version;
  }

  public RoutingRule rule() {
    return new RoutingRule(
        caseKind == null ? null : CategoryCode.of(caseKind, categoryCode),
        gridCode == null ? null : GridCode.of(gridCode),
        unitCode);
  }
}

package cn.finegov.grid.application.category;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.finegov.grid.domain.model.category.CategoryCode;
import cn.finegov.grid.domain.model.category.RoutingRule;
import cn.finegov.grid.domain.model.grid.GridCode;
import cn.finegov.kernel.api.error.ValidationException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The demo city's routing rules file. */
class RoutingRuleFileTest {

  @Test
  void theDemoRulesSendYunshanCasesToItsDistrictBureau() throws Exception {
    List<RoutingRule> rules =
        RoutingRuleFile.parse(
            Files.readAllBytes(Path.of("../../config/demo/grid-routing-rules.csv")));

    assertThat(rules).hasSizeGreaterThan(20);
    CategoryCode rubbish = CategoryCode.parse("E0101");
    assertThat(RoutingRule.route(rules, rubbish, GridCode.of("99010500100101"), "990102-CG"))
        .contains("990105-CG");
    assertThat(RoutingRule.route(rules, rubbish, GridCode.of("99010200100101"), "990102-CG"))
        .contains("990102-CG");
    assertThat(
            RoutingRule.route(
                rules, CategoryCode.parse("C0101"), GridCode.of("99010200100101"), "990100-E01"))
        .isEqualTo(Optional.of("990102-CG"));
  }

  @Test
  void aBadLineIsReported() {
    String file = "category,grid,unit_code\nE0101,12,990102-CG\n,,990102-CG\n";
    assertThatThrownBy(() -> RoutingRuleFile.parse(file.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).hasSize(2));
  }
}

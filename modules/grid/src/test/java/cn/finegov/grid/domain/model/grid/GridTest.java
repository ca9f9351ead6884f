package cn.finegov.grid.domain.model.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.finegov.grid.domain.model.gridcase.GeoPoint;
import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.kernel.api.privacy.PersonalDataMask;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class GridTest {

  static final String SQUARE =
      "{\"type\":\"Polygon\",\"coordinates\":[[[120.15,30.27],[120.16,30.27],[120.16,30.28],"
          + "[120.15,30.28],[120.15,30.27]]]}";
  static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");

  @Test
  void aUnitGridKeepsItsBoxAreaAndParent() {
    Grid grid =
        Grid.create(
            GridCode.of("990102001001001"),
            " 望江一网格 ",
            "990102001001",
            GridShape.parse(SQUARE),
            NOW);

    assertThat(grid.level()).isEqualTo(GridLevel.UNIT);
    assertThat(grid.parentCode()).contains(GridCode.of("990102001001"));
    assertThat(grid.name()).isEqualTo("望江一网格");
    assertThat(grid.bounds()).contains(new GeoPoint.BoundingBox(30.27, 30.28, 120.15, 120.16));
    // 0.01° × 0.01° at 30.27° N: about 963 m × 1,112 m
    assertThat(grid.area()).isBetween(1_060_000.0, 1_080_000.0);
    assertThat(grid.contains(GeoPoint.of(30.275, 120.155))).isTrue();
    assertThat(grid.contains(GeoPoint.of(30.285, 120.155))).isFalse();
    assertThat(grid.auditValues()).containsEntry("code", "990102001001001");
  }

  @Test
  void theBoxIsThatOfEveryPolygon() {
    GridShape two =
        GridShape.parse(
            "{\"type\":\"MultiPolygon\",\"coordinates\":[[[[1,1],[2,1],[2,2],[1,2],[1,1]]],"
                + "[[[5,-3],[6,-3],[6,-2],[5,1],[5,-3]]]]}");
    assertThat(two.bounds()).isEqualTo(new GeoPoint.BoundingBox(-3, 2, 1, 6));
  }

  @Test
  void aUnitGridNeedsAnOutlineAStreetDoesNot() {
    assertThatThrownBy(
            () -> Grid.create(GridCode.of("990102001001001"), "x", "990102001001", null, NOW))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .anySatisfy(
                        error ->
                            assertThat(error.messageKey())
                                .isEqualTo("grid.tree.outline-required")));
    Grid street = Grid.create(GridCode.of("990102001"), "望江街道", "990102001", null, NOW);
    assertThat(street.bounds()).isEmpty();
    assertThat(street.contains(GeoPoint.of(30.275, 120.155))).isFalse();
    assertThat(street.parentCode()).isEmpty();
  }

  @Test
  void describingTellsWhetherAnythingChanged() {
    Grid grid = Grid.create(GridCode.of("990102001"), "望江街道", "990102001", null, NOW);
    assertThat(grid.describe("望江街道", "990102001", null, NOW)).isFalse();
    assertThat(grid.describe("望江街道", "990102001", GridShape.parse(SQUARE), NOW)).isTrue();
    assertThat(grid.bounds()).isPresent();
    assertThat(grid.activate(false, NOW)).isTrue();
    assertThat(grid.activate(false, NOW)).isFalse();
    assertThatThrownBy(() -> grid.describe(" ", "", null, NOW))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors().stream().map(f -> f.field()).toList())
                    .containsExactly("name", "unitCode"));
  }

  @Test
  void aGroupHasExactlyOneLeaderAndMasksPhones() {
    GridGroupMember leader =
        GridGroupMember.of("m1", MemberType.GRID_WORKER, true, "gridworker", "郑敏", "13800000101");
    GridGroupMember staff =
        GridGroupMember.of("m2", MemberType.SECONDED_STAFF, false, null, "钱宏", "138 0000 0102");
    GridGroup group =
        GridGroup.create(GridCode.of("990102001001001"), "小组", List.of(leader, staff), NOW);
    assertThat(group.leader()).contains(leader);
    assertThat(leader.maskedPhone()).isEqualTo("138****0101");
    // The kernel's mask, which keeps a landline's area code and hides at least four digits.
    assertThat(GridGroupMember.mask("0571-87654321")).isEqualTo("0571-****4321");
    assertThat(GridGroupMember.mask("88-12345")).isEqualTo(PersonalDataMask.phone("88-12345"));
    assertThat(GridGroupMember.mask("88-12345")).doesNotContain("8812", "12345");
    assertThat(GridGroupMember.mask(null)).isEmpty();

    assertThatThrownBy(() -> group.change("小组", List.of(staff), NOW))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.errors().get(0).messageKey()).isEqualTo("grid.group.one-leader"));
    GridGroupMember again =
        GridGroupMember.of("m3", MemberType.GRID_WORKER, false, "gridworker", "郑敏", null);
    assertThatThrownBy(() -> group.change("小组", List.of(leader, again), NOW))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.errors().get(0).messageKey()).isEqualTo("grid.group.member-twice"));
    assertThatThrownBy(
            () -> GridGroupMember.of("m4", MemberType.GRID_WORKER, false, null, "x", "call me"))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.errors().get(0).field()).isEqualTo("m4.phone"));
    assertThat(group.change("小组", List.of(leader, staff), NOW)).isFalse();
  }
}

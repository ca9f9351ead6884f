package cn.finegov.kernel.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScopeTest {

  private static final String CITY = "/1/";
  private static final String DISTRICT = "/1/5/";
  private static final String STREET_A = "/1/5/23/";
  private static final String STREET_B = "/1/5/24/";
  private static final String COMMUNITY_A = "/1/5/23/80/";

  @Test
  void aScopeCoversItsUnitsAndEverythingBelowThem() {
    Scope streetA = Scope.of(List.of(STREET_A));
    assertThat(streetA.covers(STREET_A)).isTrue();
    assertThat(streetA.covers(COMMUNITY_A)).isTrue();
    assertThat(streetA.covers(STREET_B)).isFalse();
    assertThat(streetA.covers(DISTRICT)).isFalse();
    assertThat(streetA.covers(null)).isFalse();
  }

  @Test
  void pathsAreComparedSegmentBySegmentSoUnit2DoesNotCoverUnit23() {
    Scope two = Scope.of(List.of("/1/5/2/"));
    assertThat(two.covers("/1/5/23/")).isFalse();
    assertThat(two.covers("/1/5/2/9/")).isTrue();
  }

  @Test
  void grantedUnitsAddToTheOwnUnit() {
    Scope scope = Scope.of(List.of(STREET_A, STREET_B));
    assertThat(scope.covers(STREET_B + "99/")).isTrue();
    assertThat(scope.covers("/1/6/")).isFalse();
  }

  @Test
  void theWayDownToTheScopeIsVisibleButNotCovered() {
    Scope streetA = Scope.of(List.of(STREET_A));
    assertThat(streetA.leadsTo(CITY)).isTrue();
    assertThat(streetA.leadsTo(DISTRICT)).isTrue();
    assertThat(streetA.covers(DISTRICT)).isFalse();
    assertThat(streetA.leadsTo(STREET_B)).isFalse();
  }

  @Test
  void onlyAScopeWithATopUnitIncludesTheTop() {
    assertThat(Scope.of(List.of(CITY)).includesTop()).isTrue();
    assertThat(Scope.of(List.of(DISTRICT)).includesTop()).isFalse();
    assertThat(Scope.EVERYTHING.includesTop()).isTrue();
    assertThat(Scope.NOTHING.includesTop()).isFalse();
  }

  @Test
  void everythingCoversAllAndNothingCoversNothing() {
    assertThat(Scope.EVERYTHING.covers(COMMUNITY_A)).isTrue();
    assertThat(Scope.EVERYTHING.covers(null)).isTrue();
    assertThat(Scope.NOTHING.covers(COMMUNITY_A)).isFalse();
    assertThat(Scope.NOTHING.leadsTo(CITY)).isFalse();
  }

  @Test
  void anActorHoldsItsPermissionsNotItsRoleNames() {
    Actor actor =
        new Actor(
            "zhangsan",
            "张三",
            23L,
            "990102001",
            STREET_A,
            java.util.Set.of(Roles.LEADER),
            java.util.Set.of(KernelPermissions.ORG_READ),
            Scope.of(List.of(STREET_A)),
            Actor.Kind.PERSON);
    assertThat(actor.hasPermission(KernelPermissions.ORG_READ)).isTrue();
    assertThat(actor.hasPermission(Roles.LEADER)).isFalse();
    assertThat(actor.hasAnyPermission(KernelPermissions.ORG_MANAGE, KernelPermissions.ORG_READ))
        .isTrue();
    assertThat(actor.hasAnyPermission(KernelPermissions.ORG_MANAGE)).isFalse();
  }
}

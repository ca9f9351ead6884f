package cn.finegov.kernel.application.role;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Default grants are given once per (module, role, permission), remembered by seed markers. */
class DefaultGrantsTest {

  private final Set<String> markers = new HashSet<>();

  private Set<String> seed(Set<String> defaults) {
    return RoleService.unseeded("planning", "LEADER", defaults, markers::add);
  }

  @Test
  void aFreshInstallationGetsEveryDefaultOnceAndTheMarkersNameThem() {
    assertThat(seed(Set.of("planning.plan.read", "planning.plan.approve")))
        .containsExactly("planning.plan.approve", "planning.plan.read");
    assertThat(markers)
        .containsExactlyInAnyOrder(
            "grants:planning:LEADER:planning.plan.read",
            "grants:planning:LEADER:planning.plan.approve");
    assertThat(seed(Set.of("planning.plan.read", "planning.plan.approve"))).isEmpty();
  }

  @Test
  void aPermissionAddedByALaterVersionIsGrantedAloneWhileRevokedOnesStayRevoked() {
    seed(Set.of("planning.plan.read", "planning.plan.approve"));
    // An administrator revoked planning.plan.approve meanwhile: the role is not touched for it
    // again.
    assertThat(seed(Set.of("planning.plan.read", "planning.plan.approve", "planning.plan.report")))
        .containsExactly("planning.plan.report");
  }

  @Test
  void theSamePermissionForAnotherRoleIsItsOwnGrant() {
    seed(Set.of("planning.plan.read"));
    assertThat(
            RoleService.unseeded(
                "planning", "MODULE_ADMIN", Set.of("planning.plan.read"), markers::add))
        .containsExactly("planning.plan.read");
  }
}

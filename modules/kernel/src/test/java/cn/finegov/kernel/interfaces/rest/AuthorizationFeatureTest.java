package cn.finegov.kernel.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import cn.finegov.kernel.api.security.Actor;
import cn.finegov.kernel.api.security.KernelPermissions;
import cn.finegov.kernel.api.security.RequiresPermission;
import cn.finegov.kernel.api.security.Scope;
import cn.finegov.kernel.interfaces.rest.AuthorizationFeature.Access;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AuthorizationFeatureTest {

  private static final String ORG_MANAGE = KernelPermissions.ORG_MANAGE;
  private static final String USERS_MANAGE = KernelPermissions.USERS_MANAGE;
  private static final String AUDIT_READ = KernelPermissions.AUDIT_READ;
  private static final String ORG_READ = KernelPermissions.ORG_READ;

  private static final Actor OBSERVER = person(ORG_READ);
  private static final Actor SYSTEM_ADMIN = person(ORG_READ, ORG_MANAGE);
  private static final Actor AUDITOR = person(ORG_READ, AUDIT_READ);
  private static final Actor NO_PERMISSIONS = person();

  private static Actor person(String... permissions) {
    return new Actor(
        "zhangsan",
        "张三",
        5L,
        "990102",
        "/1/5/",
        Set.of("SOME_ROLE"),
        Set.of(permissions),
        Scope.of(List.of("/1/5/")),
        Actor.Kind.PERSON);
  }

  @RequiresPermission({ORG_MANAGE, USERS_MANAGE})
  static class AdminResource {
    public void list() {}

    @PermitAll
    public void openInfo() {}

    @DenyAll
    public void retired() {}

    @RequiresPermission(AUDIT_READ)
    public void auditTrail() {}
  }

  @PermitAll
  static class PublicResource {
    public void health() {}
  }

  @DenyAll
  static class ClosedResource {
    public void anything() {}
  }

  static class PlainResource {
    public void anything() {}

    @DenyAll
    @PermitAll
    public void contradictory() {}
  }

  private static Method method(Class<?> type, String name) {
    try {
      return type.getMethod(name);
    } catch (NoSuchMethodException e) {
      throw new AssertionError(e);
    }
  }

  /** What the feature decides for a resource method: method first, then class, then signed in. */
  private static Access decided(Class<?> type, String name) {
    return Access.of(method(type, name)).or(() -> Access.of(type)).orElse(Access.SIGNED_IN);
  }

  @Test
  void permitAllIsOpen() {
    Optional<Access> access = Access.of(PublicResource.class);
    assertThat(access).hasValueSatisfying(a -> assertThat(a.open()).isTrue());
    assertThat(access.get().denied()).isFalse();
    assertThat(access.get().admits(NO_PERMISSIONS)).isTrue();
  }

  @Test
  void denyAllAdmitsNobodyWhateverTheirRoles() {
    Access access = Access.of(ClosedResource.class).orElseThrow();
    assertThat(access.open()).isFalse();
    assertThat(access.denied()).isTrue();
    assertThat(access.admits(SYSTEM_ADMIN)).isFalse();
    assertThat(access.admits(person(ORG_READ, ORG_MANAGE, USERS_MANAGE, AUDIT_READ))).isFalse();
  }

  @Test
  void denyAllWinsOverPermitAllOnTheSameElement() {
    Access access = Access.of(method(PlainResource.class, "contradictory")).orElseThrow();
    assertThat(access.denied()).isTrue();
    assertThat(access.open()).isFalse();
  }

  @Test
  void requiresPermissionAdmitsHoldersOfAnyOfItsPermissions() {
    Access access = Access.of(AdminResource.class).orElseThrow();
    assertThat(access.open()).isFalse();
    assertThat(access.denied()).isFalse();
    assertThat(access.permissions()).containsExactlyInAnyOrder(ORG_MANAGE, USERS_MANAGE);
    assertThat(access.admits(SYSTEM_ADMIN)).isTrue();
    assertThat(access.admits(person(USERS_MANAGE, ORG_READ))).isTrue();
    assertThat(access.admits(OBSERVER)).isFalse();
    assertThat(access.admits(NO_PERMISSIONS)).isFalse();
  }

  @Test
  void anElementWithoutAnnotationsDecidesNothing() {
    assertThat(Access.of(PlainResource.class)).isEmpty();
    assertThat(Access.of(method(PlainResource.class, "anything"))).isEmpty();
    assertThat(Access.of(method(AdminResource.class, "list"))).isEmpty();
  }

  @Test
  void withoutAnyAnnotationEverySignedInCallerIsAdmitted() {
    Access access = decided(PlainResource.class, "anything");
    assertThat(access).isEqualTo(Access.SIGNED_IN);
    assertThat(access.open()).isFalse();
    assertThat(access.admits(NO_PERMISSIONS)).isTrue();
    assertThat(access.admits(OBSERVER)).isTrue();
  }

  @Test
  void aMethodWithoutAnnotationFollowsItsClass() {
    Access access = decided(AdminResource.class, "list");
    assertThat(access.admits(SYSTEM_ADMIN)).isTrue();
    assertThat(access.admits(OBSERVER)).isFalse();
    assertThat(decided(ClosedResource.class, "anything").denied()).isTrue();
    assertThat(decided(PublicResource.class, "health").open()).isTrue();
  }

  @Test
  void aMethodsAnnotationWinsOverItsClasses() {
    assertThat(decided(AdminResource.class, "openInfo").open()).isTrue();
    assertThat(decided(AdminResource.class, "retired").admits(SYSTEM_ADMIN)).isFalse();

    Access audit = decided(AdminResource.class, "auditTrail");
    assertThat(audit.permissions()).containsExactly(AUDIT_READ);
    assertThat(audit.admits(AUDITOR)).isTrue();
    assertThat(audit.admits(SYSTEM_ADMIN)).isFalse();
  }

  @Test
  void thePermissionsOfAnActorAreCheckedNotItsKindOrRoles() {
    Access sync = new Access(false, false, Set.of(KernelPermissions.ORG_SYNC));
    assertThat(sync.admits(Actor.system("egov-sync", Set.of(KernelPermissions.ORG_SYNC)))).isTrue();
    assertThat(sync.admits(Actor.system("other-flow", Set.of(ORG_READ)))).isFalse();
    assertThat(sync.admits(SYSTEM_ADMIN)).isFalse();
    assertThat(sync.admits(Actor.ANONYMOUS)).isFalse();
  }
}

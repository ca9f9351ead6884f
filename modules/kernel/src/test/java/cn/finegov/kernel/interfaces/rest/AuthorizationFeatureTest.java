package cn.finegov.kernel.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import cn.finegov.kernel.api.security.Actor;
import cn.finegov.kernel.api.security.RequiresRole;
import cn.finegov.kernel.api.security.Roles;
import cn.finegov.kernel.interfaces.rest.AuthorizationFeature.Access;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import java.lang.reflect.Method;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AuthorizationFeatureTest {

  private static final Actor OBSERVER = person(Roles.OBSERVER);
  private static final Actor SYSTEM_ADMIN = person(Roles.SYSTEM_ADMIN);
  private static final Actor AUDITOR = person(Roles.AUDIT_ADMIN, Roles.LEADER);
  private static final Actor NO_ROLES = person();

  private static Actor person(String... roles) {
    return new Actor("zhangsan", "张三", 5L, "990102", Set.of(roles), Actor.Kind.PERSON);
  }

  @RequiresRole({Roles.SYSTEM_ADMIN, Roles.SECURITY_ADMIN})
  static class AdminResource {
    public void list() {}

    @PermitAll
    public void openInfo() {}

    @DenyAll
    public void retired() {}

    @RequiresRole(Roles.AUDIT_ADMIN)
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
    assertThat(access.get().admits(NO_ROLES)).isTrue();
  }

  @Test
  void denyAllAdmitsNobodyWhateverTheirRoles() {
    Access access = Access.of(ClosedResource.class).orElseThrow();
    assertThat(access.open()).isFalse();
    assertThat(access.denied()).isTrue();
    assertThat(access.admits(SYSTEM_ADMIN)).isFalse();
    assertThat(access.admits(person(Roles.ASSIGNABLE.toArray(String[]::new)))).isFalse();
  }

  @Test
  void denyAllWinsOverPermitAllOnTheSameElement() {
    Access access = Access.of(method(PlainResource.class, "contradictory")).orElseThrow();
    assertThat(access.denied()).isTrue();
    assertThat(access.open()).isFalse();
  }

  @Test
  void requiresRoleAdmitsHoldersOfAnyOfItsRoles() {
    Access access = Access.of(AdminResource.class).orElseThrow();
    assertThat(access.open()).isFalse();
    assertThat(access.denied()).isFalse();
    assertThat(access.roles()).containsExactlyInAnyOrder(Roles.SYSTEM_ADMIN, Roles.SECURITY_ADMIN);
    assertThat(access.admits(SYSTEM_ADMIN)).isTrue();
    assertThat(access.admits(person(Roles.SECURITY_ADMIN, Roles.OBSERVER))).isTrue();
    assertThat(access.admits(OBSERVER)).isFalse();
    assertThat(access.admits(NO_ROLES)).isFalse();
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
    assertThat(access.admits(NO_ROLES)).isTrue();
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
    assertThat(audit.roles()).containsExactly(Roles.AUDIT_ADMIN);
    assertThat(audit.admits(AUDITOR)).isTrue();
    assertThat(audit.admits(SYSTEM_ADMIN)).isFalse();
  }

  @Test
  void theRolesOfAnActorAreCheckedNotItsKind() {
    Access integration = new Access(false, false, Set.of(Roles.INTEGRATION));
    assertThat(integration.admits(Actor.system("egov-sync"))).isTrue();
    assertThat(integration.admits(SYSTEM_ADMIN)).isFalse();
    assertThat(integration.admits(Actor.ANONYMOUS)).isFalse();
  }
}

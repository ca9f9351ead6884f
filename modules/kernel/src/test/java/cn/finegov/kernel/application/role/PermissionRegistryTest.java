package cn.finegov.kernel.application.role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.kernel.api.i18n.MessageKey;
import cn.finegov.kernel.api.module.GovernanceModule;
import cn.finegov.kernel.api.module.MenuEntry;
import cn.finegov.kernel.api.module.ModuleSchema;
import cn.finegov.kernel.api.module.PermissionDefinition;
import cn.finegov.kernel.api.security.Duty;
import cn.finegov.kernel.api.security.KernelPermissions;
import cn.finegov.kernel.application.module.KernelModule;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PermissionRegistryTest {

  private record Module(String key, List<PermissionDefinition> permissions)
      implements GovernanceModule {
    @Override
    public String nameKey() {
      return "module." + key;
    }

    @Override
    public int order() {
      return 10;
    }

    @Override
    public List<String> bundleBaseNames() {
      return List.of();
    }

    @Override
    public List<MenuEntry> menuEntries() {
      return List.of();
    }

    @Override
    public Optional<ModuleSchema> schema() {
      return Optional.empty();
    }
  }

  private static final Module GRID =
      new Module(
          "grid",
          List.of(
              new PermissionDefinition(
                  "grid.case.report", "permission.grid.case.report", Duty.BUSINESS),
              new PermissionDefinition("grid.reference.manage", "p", Duty.SYSTEM)));

  private final PermissionRegistry registry =
      new PermissionRegistry(List.of(new KernelModule(), GRID));

  @Test
  void allPermissionsOfAllModulesAreKnownInModuleOrder() {
    assertThat(registry.all())
        .extracting(PermissionDefinition::key)
        .startsWith(KernelPermissions.ORG_READ)
        .endsWith("grid.case.report", "grid.reference.manage");
    assertThat(registry.find("grid.case.report")).isPresent();
    assertThat(registry.find("grid.case.delete")).isEmpty();
  }

  @Test
  void aPermissionDeclaredTwiceIsAnError() {
    Module copy = new Module("copy", List.of(GRID.permissions().get(0)));
    assertThatThrownBy(() -> new PermissionRegistry(List.of(GRID, copy)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("grid.case.report");
  }

  @Test
  void businessPermissionsCombineWithAnyOneAdministratorDuty() {
    for (String admin :
        List.of(
            KernelPermissions.ORG_MANAGE,
            KernelPermissions.USERS_MANAGE,
            KernelPermissions.AUDIT_READ)) {
      assertThatCode(
              () ->
                  registry.checkRole(Set.of(admin, "grid.case.report", KernelPermissions.ORG_READ)))
          .doesNotThrowAnyException();
    }
  }

  @Test
  void noRoleMixesTwoAdministratorDuties() {
    List<Set<String>> mixed =
        List.of(
            Set.of(KernelPermissions.ORG_MANAGE, KernelPermissions.USERS_MANAGE),
            Set.of(KernelPermissions.USERS_MANAGE, KernelPermissions.AUDIT_READ),
            Set.of(KernelPermissions.AUDIT_VERIFY, "grid.reference.manage"),
            Set.of(KernelPermissions.SECURITY_POLICY_MANAGE, KernelPermissions.CALENDAR_MANAGE));
    for (Set<String> permissions : mixed) {
      DomainException refusal =
          catchThrowableOfType(DomainException.class, () -> registry.checkRole(permissions));
      assertThat(refusal).as("%s", permissions).isNotNull();
      assertThat(refusal.messageKey()).isEqualTo("role.separation");
      assertThat(refusal.arguments()).hasSize(2).allMatch(MessageKey.class::isInstance);
    }
  }

  @Test
  void unknownPermissionsAreNamedOnThePermissionsField() {
    ValidationException refusal =
        catchThrowableOfType(
            ValidationException.class,
            () -> registry.checkRole(Set.of(KernelPermissions.ORG_READ, "grid.case.delete")));
    assertThat(refusal.errors())
        .singleElement()
        .satisfies(
            error -> {
              assertThat(error.field()).isEqualTo("permissions");
              assertThat(error.messageKey()).isEqualTo("role.permission.unknown");
              assertThat(error.arguments()).containsExactly("grid.case.delete");
            });
  }

  @Test
  void theSeparationMessageGetsTheCallersArgumentsFirst() {
    DomainException refusal =
        catchThrowableOfType(
            DomainException.class,
            () ->
                registry.checkSeparation(
                    Set.of(KernelPermissions.ORG_MANAGE, KernelPermissions.AUDIT_READ),
                    "user.role.separation",
                    "zhangsan"));
    assertThat(refusal.messageKey()).isEqualTo("user.role.separation");
    assertThat(refusal.arguments()[0]).isEqualTo("zhangsan");
    assertThat(refusal.arguments())
        .contains(new MessageKey("duty.SYSTEM"), new MessageKey("duty.AUDIT"));
  }

  @Test
  void theKernelGivesEachBuiltInAdministratorExactlyOneDuty() {
    KernelModule kernel = new KernelModule();
    kernel
        .defaultGrants()
        .forEach(
            (role, granted) ->
                assertThat(registry.administrationDuties(granted))
                    .as(role)
                    .hasSizeLessThanOrEqualTo(1));
    assertThat(registry.administrationDuties(kernel.defaultGrants().get("SYSTEM_ADMIN")))
        .containsExactly(Duty.SYSTEM);
    assertThat(registry.administrationDuties(kernel.defaultGrants().get("SECURITY_ADMIN")))
        .containsExactly(Duty.SECURITY);
    assertThat(registry.administrationDuties(kernel.defaultGrants().get("AUDIT_ADMIN")))
        .containsExactly(Duty.AUDIT);
  }

  @Test
  void onlyTheAuditAdministratorReadsTheAuditLogByDefault() {
    new KernelModule()
        .defaultGrants()
        .forEach(
            (role, granted) ->
                assertThat(granted.contains(KernelPermissions.AUDIT_READ))
                    .as(role)
                    .isEqualTo(role.equals("AUDIT_ADMIN")));
  }
}

package cn.finegov.kernel.application.export;

import cn.finegov.kernel.api.export.ExcelTable;
import cn.finegov.kernel.api.i18n.MessageSource;
import cn.finegov.kernel.api.module.ExportDefinition;
import cn.finegov.kernel.api.module.PermissionDefinition;
import cn.finegov.kernel.api.org.OrganisationDirectory;
import cn.finegov.kernel.api.org.UnitSummary;
import cn.finegov.kernel.api.security.KernelPermissions;
import cn.finegov.kernel.application.org.OrganisationService;
import cn.finegov.kernel.application.role.PermissionRegistry;
import cn.finegov.kernel.application.role.RoleService;
import cn.finegov.kernel.application.role.RoleView;
import cn.finegov.kernel.application.user.UserService;
import cn.finegov.kernel.application.user.UserView;
import cn.finegov.kernel.domain.model.user.UserQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The kernel's Excel downloads. Each reads through the services, so the reader gets exactly what
 * his permissions and scope allow.
 */
@ApplicationScoped
public class KernelExports {

  /** Users in one download at most. */
  public static final int MAX_USERS = 10_000;

  @Inject private OrganisationService organisation;
  @Inject private OrganisationDirectory directory;
  @Inject private UserService users;
  @Inject private RoleService roles;
  @Inject private PermissionRegistry permissions;
  @Inject private MessageSource messages;

  /** The downloads the kernel offers on the exports screen. */
  public List<ExportDefinition> definitions() {
    return List.of(
        new ExportDefinition(
            "kernel-units",
            "export.kernel.units",
            KernelPermissions.ORG_READ,
            "organisation.xlsx",
            ExcelTable.CONTENT_TYPE,
            this::units),
        new ExportDefinition(
            "kernel-users",
            "export.kernel.users",
            KernelPermissions.USERS_MANAGE,
            "users.xlsx",
            ExcelTable.CONTENT_TYPE,
            (out, locale, zone) ->
                users(out, locale, zone, new UserQuery(null, null, null, null, "username", true))),
        new ExportDefinition(
            "kernel-roles",
            "export.kernel.roles",
            KernelPermissions.ROLES_MANAGE,
            "roles.xlsx",
            ExcelTable.CONTENT_TYPE,
            this::roles));
  }

  /** The units in the reader's scope, top down, with each unit's parent. */
  public void units(OutputStream out, Locale locale, ZoneId zone) throws IOException {
    List<UnitSummary> all = organisation.unitsInScope();
    Map<Long, UnitSummary> byId =
        all.stream().collect(Collectors.toMap(UnitSummary::id, Function.identity()));
    Function<Long, String> parentCode =
        parentId -> {
          if (parentId == null) {
            return null;
          }
          UnitSummary parent = byId.get(parentId);
          return parent != null
              ? parent.code()
              : directory.findById(parentId).map(UnitSummary::code).orElse(null);
        };
    ExcelTable.<UnitSummary>sheet(text(locale, "unit.export.sheet"), zone)
        .column(text(locale, "field.code"), UnitSummary::code, 18)
        .column(text(locale, "field.name"), UnitSummary::name, 30)
        .column(text(locale, "field.shortName"), UnitSummary::shortName, 16)
        .column(text(locale, "field.type"), u -> text(locale, u.type().labelKey()), 12)
        .column(text(locale, "field.parentCode"), u -> parentCode.apply(u.parentId()), 18)
        .column(text(locale, "field.sortOrder"), UnitSummary::sortOrder, 8)
        .column(
            text(locale, "field.status"),
            u -> text(locale, u.active() ? "unit.status.active" : "unit.status.inactive"),
            10)
        .write(all, out);
  }

  /** The users in the reader's scope matching the filter. */
  public void users(OutputStream out, Locale locale, ZoneId zone, UserQuery query)
      throws IOException {
    List<UserView> all = users.search(query, 0, MAX_USERS);
    ExcelTable.<UserView>sheet(text(locale, "user.export.sheet"), zone)
        .column(text(locale, "field.username"), UserView::username, 16)
        .column(text(locale, "field.displayName"), UserView::displayName, 16)
        .column(text(locale, "field.unitCode"), UserView::unitCode, 16)
        .column(text(locale, "field.unit"), UserView::unitName, 28)
        .column(
            text(locale, "field.roles"),
            u -> String.join("、", roles.namesOf(u.roles(), locale)),
            40)
        .column(
            text(locale, "field.extraUnits"),
            u -> u.extraUnits().stream().map(UnitSummary::code).collect(Collectors.joining(",")),
            24)
        .column(
            text(locale, "field.status"),
            u -> text(locale, u.active() ? "user.status.active" : "user.status.inactive"),
            10)
        .column(text(locale, "field.lastLoginAt"), UserView::lastLoginAt, 20)
        .write(all, out);
  }

  /** Roles against permissions: one row per permission, one column per role. */
  public void roles(OutputStream out, Locale locale, ZoneId zone) throws IOException {
    List<RoleView> all = roles.list();
    ExcelTable<PermissionDefinition> table =
        ExcelTable.<PermissionDefinition>sheet(text(locale, "role.export.sheet"), zone)
            .column(text(locale, "field.permission"), PermissionDefinition::key, 28)
            .column(text(locale, "field.name"), p -> text(locale, p.nameKey()), 24)
            .column(text(locale, "field.duty"), p -> text(locale, "duty." + p.duty().name()), 12);
    for (RoleView role : all) {
      String title = "en".equals(locale.getLanguage()) ? role.nameEn() : role.nameZh();
      table.column(title, p -> role.permissions().contains(p.key()) ? "✓" : "", 10);
    }
    table.write(permissions.all(), out);
  }

  private String text(Locale locale, String key) {
    return messages.get(locale, key);
  }
}

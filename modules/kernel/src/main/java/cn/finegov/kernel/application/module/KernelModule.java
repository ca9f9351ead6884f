package cn.finegov.kernel.application.module;

import cn.finegov.kernel.api.module.DashboardWidget;
import cn.finegov.kernel.api.module.ExportDefinition;
import cn.finegov.kernel.api.module.GovernanceModule;
import cn.finegov.kernel.api.module.MenuEntry;
import cn.finegov.kernel.api.module.ModuleData;
import cn.finegov.kernel.api.module.ModuleSchema;
import cn.finegov.kernel.api.module.PermissionDefinition;
import cn.finegov.kernel.api.module.SettingDefinition;
import cn.finegov.kernel.api.security.Duty;
import cn.finegov.kernel.api.security.KernelPermissions;
import cn.finegov.kernel.api.security.Roles;
import cn.finegov.kernel.application.export.KernelExports;
import cn.finegov.kernel.application.setup.KernelData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The kernel's own registration: organisation, users, roles, modules, settings, calendar, audit,
 * notifications. It cannot be switched off.
 */
@ApplicationScoped
public class KernelModule implements GovernanceModule {

  @Inject private KernelData data;
  @Inject private KernelExports exports;

  public static final String KEY = "kernel";

  // Keys of the kernel's settings (read through ModuleSettings with module key "kernel").
  public static final String PASSWORD_MIN_LENGTH = "security.password.min-length";
  public static final String PASSWORD_MIN_CLASSES = "security.password.min-classes";
  public static final String PASSWORD_HISTORY = "security.password.history";
  public static final String PASSWORD_EXPIRY_DAYS = "security.password.expiry-days";
  public static final String LOCKOUT_ATTEMPTS = "security.lockout.attempts";
  public static final String LOCKOUT_MINUTES = "security.lockout.minutes";
  public static final String SESSION_IDLE_MINUTES = "security.session.idle-minutes";
  public static final String SESSION_SINGLE = "security.session.single";
  public static final String IDENTITY_STORE = "security.identity-store";
  public static final String LDAP_URL = "security.ldap.url";
  public static final String LDAP_BIND_DN = "security.ldap.bind-dn";
  public static final String LDAP_BIND_PASSWORD = "security.ldap.bind-password";
  public static final String LDAP_USER_BASE = "security.ldap.user-base";
  public static final String LDAP_USER_FILTER = "security.ldap.user-filter";
  public static final String LDAP_NAME_ATTRIBUTE = "security.ldap.name-attribute";
  public static final String LDAP_UNIT_ATTRIBUTE = "security.ldap.unit-attribute";
  public static final String LDAP_DEFAULT_UNIT = "security.ldap.default-unit";
  public static final String LDAP_GROUP_BASE = "security.ldap.group-base";
  public static final String LDAP_GROUP_FILTER = "security.ldap.group-filter";
  public static final String LDAP_GROUP_ROLES = "security.ldap.group-roles";
  public static final String AUDIT_HASH_ALGORITHM = "audit.hash-algorithm";
  public static final String AUDIT_RETENTION_DAYS = "audit.retention-days";
  public static final String CALENDAR_OFFICE_HOURS = "calendar.office-hours";
  public static final String ATTACHMENT_MAX_BYTES = "attachments.max-bytes";
  public static final String ATTACHMENT_TYPES = "attachments.allowed-types";
  public static final String ATTACHMENT_THUMBNAIL_PIXELS = "attachments.thumbnail-pixels";
  public static final String MAIL_ENABLED = "notifications.mail.enabled";
  public static final String MAIL_HOST = "notifications.mail.host";
  public static final String MAIL_PORT = "notifications.mail.port";
  public static final String MAIL_FROM = "notifications.mail.from";
  public static final String SMS_ENABLED = "notifications.sms.enabled";
  public static final String SMS_GATEWAY_URL = "notifications.sms.gateway-url";
  public static final String DELIVERY_MAX_ATTEMPTS = "notifications.delivery.max-attempts";
  public static final String DELIVERY_RETRY_MINUTES = "notifications.delivery.retry-minutes";

  @Override
  public String key() {
    return KEY;
  }

  @Override
  public String nameKey() {
    return "module.kernel";
  }

  @Override
  public int order() {
    return 0;
  }

  @Override
  public boolean optional() {
    return false;
  }

  @Override
  public List<PermissionDefinition> permissions() {
    return List.of(
        permission(KernelPermissions.ORG_READ, Duty.BUSINESS),
        permission(KernelPermissions.LINEAGE_READ, Duty.BUSINESS),
        permission(KernelPermissions.LINEAGE_RECORD, Duty.SYSTEM),
        permission(KernelPermissions.ORG_MANAGE, Duty.SYSTEM),
        permission(KernelPermissions.ORG_SYNC, Duty.SYSTEM),
        permission(KernelPermissions.MODULES_MANAGE, Duty.SYSTEM),
        permission(KernelPermissions.SETTINGS_MANAGE, Duty.SYSTEM),
        permission(KernelPermissions.CALENDAR_MANAGE, Duty.SYSTEM),
        permission(KernelPermissions.NOTIFICATIONS_MONITOR, Duty.SYSTEM),
        permission(KernelPermissions.USERS_MANAGE, Duty.SECURITY),
        permission(KernelPermissions.ROLES_MANAGE, Duty.SECURITY),
        permission(KernelPermissions.SECURITY_POLICY_MANAGE, Duty.SECURITY),
        permission(KernelPermissions.API_KEYS_MANAGE, Duty.SECURITY),
        permission(KernelPermissions.AUDIT_READ, Duty.AUDIT),
        permission(KernelPermissions.AUDIT_VERIFY, Duty.AUDIT));
  }

  private static PermissionDefinition permission(String key, Duty duty) {
    return new PermissionDefinition(key, "permission." + key, duty);
  }

  @Override
  public Map<String, Set<String>> defaultGrants() {
    Map<String, Set<String>> grants = new LinkedHashMap<>();
    grants.put(
        Roles.SYSTEM_ADMIN,
        Set.of(
            KernelPermissions.ORG_READ,
            KernelPermissions.ORG_MANAGE,
            KernelPermissions.LINEAGE_READ,
            KernelPermissions.LINEAGE_RECORD,
            KernelPermissions.MODULES_MANAGE,
            KernelPermissions.SETTINGS_MANAGE,
            KernelPermissions.CALENDAR_MANAGE,
            KernelPermissions.NOTIFICATIONS_MONITOR));
    grants.put(
        Roles.SECURITY_ADMIN,
        Set.of(
            KernelPermissions.ORG_READ,
            KernelPermissions.USERS_MANAGE,
            KernelPermissions.ROLES_MANAGE,
            KernelPermissions.SECURITY_POLICY_MANAGE,
            KernelPermissions.API_KEYS_MANAGE));
    grants.put(
        Roles.AUDIT_ADMIN,
        Set.of(
            KernelPermissions.ORG_READ,
            KernelPermissions.AUDIT_READ,
            KernelPermissions.AUDIT_VERIFY));
    for (String role :
        List.of(
            Roles.LEADER,
            Roles.MODULE_ADMIN,
            Roles.SUPERVISION_CLERK,
            Roles.DISPATCHER,
            Roles.DEPARTMENT_HANDLER,
            Roles.GRID_WORKER,
            Roles.DISCLOSURE_OFFICER,
            Roles.HOTLINE_OPERATOR,
            Roles.OBSERVER)) {
      grants.put(role, Set.of(KernelPermissions.ORG_READ, KernelPermissions.LINEAGE_READ));
    }
    return grants;
  }

  @Override
  public List<String> bundleBaseNames() {
    return List.of(
        "cn.finegov.kernel.messages",
        "cn.finegov.kernel.calendar.messages",
        "cn.finegov.kernel.audit.messages",
        "cn.finegov.kernel.files.messages");
  }

  @Override
  public List<SettingDefinition> settings() {
    String security = KernelPermissions.SECURITY_POLICY_MANAGE;
    return List.of(
        SettingDefinition.integer(PASSWORD_MIN_LENGTH, 8, 8, 64).managedBy(security),
        SettingDefinition.integer(PASSWORD_MIN_CLASSES, 3, 3, 4).managedBy(security),
        SettingDefinition.integer(PASSWORD_HISTORY, 5, 1, 24).managedBy(security),
        SettingDefinition.integer(PASSWORD_EXPIRY_DAYS, 90, 0, 3650).managedBy(security),
        SettingDefinition.integer(LOCKOUT_ATTEMPTS, 5, 1, 100).managedBy(security),
        SettingDefinition.integer(LOCKOUT_MINUTES, 15, 1, 1440).managedBy(security),
        SettingDefinition.integer(SESSION_IDLE_MINUTES, 30, 1, 480).managedBy(security),
        SettingDefinition.bool(SESSION_SINGLE, false).managedBy(security),
        SettingDefinition.choice(IDENTITY_STORE, "LOCAL", "LOCAL", "LDAP").managedBy(security),
        SettingDefinition.text(LDAP_URL, "").managedBy(security),
        SettingDefinition.text(LDAP_BIND_DN, "").managedBy(security),
        SettingDefinition.secret(LDAP_BIND_PASSWORD).managedBy(security),
        SettingDefinition.text(LDAP_USER_BASE, "").managedBy(security),
        SettingDefinition.text(LDAP_USER_FILTER, "(uid={0})").managedBy(security),
        SettingDefinition.text(LDAP_NAME_ATTRIBUTE, "cn").managedBy(security),
        SettingDefinition.text(LDAP_UNIT_ATTRIBUTE, "departmentNumber").managedBy(security),
        SettingDefinition.text(LDAP_DEFAULT_UNIT, "").managedBy(security),
        SettingDefinition.text(LDAP_GROUP_BASE, "").managedBy(security),
        SettingDefinition.text(LDAP_GROUP_FILTER, "(member={0})").managedBy(security),
        SettingDefinition.list(LDAP_GROUP_ROLES, "").managedBy(security),
        SettingDefinition.choice(AUDIT_HASH_ALGORITHM, "SM3", "SM3", "SHA-256")
            .managedBy(KernelPermissions.AUDIT_VERIFY),
        SettingDefinition.integer(AUDIT_RETENTION_DAYS, 180, 180, 36500)
            .managedBy(KernelPermissions.AUDIT_VERIFY),
        SettingDefinition.text(CALENDAR_OFFICE_HOURS, "08:30-12:00,14:00-17:30")
            .managedBy(KernelPermissions.CALENDAR_MANAGE),
        SettingDefinition.integer(
            ATTACHMENT_MAX_BYTES, 20L * 1024 * 1024, 1024, 1024L * 1024 * 1024),
        SettingDefinition.list(
            ATTACHMENT_TYPES,
            "image/jpeg,image/png,image/gif,image/webp,application/pdf,"
                + "application/vnd.openxmlformats-officedocument.wordprocessingml.document,"
                + "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,"
                + "application/msword,application/vnd.ms-excel,text/plain"),
        SettingDefinition.integer(ATTACHMENT_THUMBNAIL_PIXELS, 240, 64, 1024),
        SettingDefinition.bool(MAIL_ENABLED, false),
        SettingDefinition.text(MAIL_HOST, "localhost"),
        SettingDefinition.integer(MAIL_PORT, 25, 1, 65535),
        SettingDefinition.text(MAIL_FROM, "governance@localhost"),
        SettingDefinition.bool(SMS_ENABLED, false),
        SettingDefinition.text(SMS_GATEWAY_URL, ""),
        SettingDefinition.integer(DELIVERY_MAX_ATTEMPTS, 5, 1, 50),
        SettingDefinition.integer(DELIVERY_RETRY_MINUTES, 5, 1, 1440));
  }

  @Override
  public List<ExportDefinition> exports() {
    return exports.definitions();
  }

  @Override
  public Optional<ModuleData> data() {
    return Optional.of(data);
  }

  @Override
  public List<MenuEntry> menuEntries() {
    return List.of(
        entry(
            "kernel-units",
            "/kernel/admin/units.xhtml",
            "pi pi-sitemap",
            10,
            KernelPermissions.ORG_READ),
        entry(
            "kernel-users",
            "/kernel/admin/users.xhtml",
            "pi pi-users",
            20,
            KernelPermissions.USERS_MANAGE),
        entry(
            "kernel-roles",
            "/kernel/admin/roles.xhtml",
            "pi pi-id-card",
            25,
            KernelPermissions.ROLES_MANAGE),
        entry(
            "kernel-apikeys",
            "/kernel/admin/api-keys.xhtml",
            "pi pi-key",
            27,
            KernelPermissions.API_KEYS_MANAGE),
        entry(
            "kernel-modules",
            "/kernel/admin/modules.xhtml",
            "pi pi-th-large",
            30,
            KernelPermissions.MODULES_MANAGE),
        new MenuEntry(
            "kernel-settings",
            "menu.kernel.settings",
            "/kernel/admin/settings.xhtml",
            "pi pi-cog",
            // Everybody who manages one of the kernel's settings: the screen lists only those.
            Set.of(
                KernelPermissions.SETTINGS_MANAGE,
                KernelPermissions.SECURITY_POLICY_MANAGE,
                KernelPermissions.AUDIT_VERIFY,
                KernelPermissions.CALENDAR_MANAGE),
            35),
        entry(
            "kernel-calendar",
            "/kernel/calendar/days.xhtml",
            "pi pi-calendar",
            40,
            KernelPermissions.CALENDAR_MANAGE),
        entry(
            "kernel-deliveries",
            "/kernel/admin/deliveries.xhtml",
            "pi pi-send",
            45,
            KernelPermissions.NOTIFICATIONS_MONITOR),
        entry(
            "kernel-audit",
            "/kernel/audit/entries.xhtml",
            "pi pi-history",
            50,
            KernelPermissions.AUDIT_READ),
        entry("kernel-exports", "/kernel/exports.xhtml", "pi pi-download", 60, null),
        entry(
            "kernel-notifications", "/kernel/account/notifications.xhtml", "pi pi-bell", 70, null),
        entry("kernel-account", "/kernel/account/password.xhtml", "pi pi-lock", 80, null));
  }

  private static MenuEntry entry(
      String id, String view, String icon, int order, String permission) {
    return new MenuEntry(
        id,
        "menu." + id.replace('-', '.'),
        view,
        icon,
        permission == null ? Set.of() : Set.of(permission),
        order);
  }

  @Override
  public List<DashboardWidget> dashboardWidgets() {
    return List.of(
        new DashboardWidget(
            "kernel-organisation",
            "widget.kernel.organisation",
            "/kernel/widgets/organisation.xhtml",
            Set.of(KernelPermissions.ORG_READ),
            10));
  }

  @Override
  public Optional<ModuleSchema> schema() {
    return Optional.of(new ModuleSchema("db/migration/kernel", "krn_"));
  }
}

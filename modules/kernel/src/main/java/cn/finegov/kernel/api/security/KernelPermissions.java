package cn.finegov.kernel.api.security;

/** The kernel's permissions (declared by the kernel module, granted through roles). */
public final class KernelPermissions {

  /** Read the organisation tree (within the own scope). */
  public static final String ORG_READ = "kernel.org.read";

  /** Create, change, move, deactivate units. */
  public static final String ORG_MANAGE = "kernel.org.manage";

  /** Apply an external directory (integration flows). */
  public static final String ORG_SYNC = "kernel.org.sync";

  /** Switch modules on and off. */
  public static final String MODULES_MANAGE = "kernel.modules.manage";

  /** Change the modules' settings. */
  public static final String SETTINGS_MANAGE = "kernel.settings.manage";

  /** Maintain the working-day calendar. */
  public static final String CALENDAR_MANAGE = "kernel.calendar.manage";

  /** Watch notification deliveries and their failures. */
  public static final String NOTIFICATIONS_MONITOR = "kernel.notifications.monitor";

  /** Manage user accounts and their scopes. */
  public static final String USERS_MANAGE = "kernel.users.manage";

  /** Edit roles and their permissions. */
  public static final String ROLES_MANAGE = "kernel.roles.manage";

  /** Change the password, lockout, session and directory policy. */
  public static final String SECURITY_POLICY_MANAGE = "kernel.security.manage";

  /** Issue and revoke API keys of external systems. */
  public static final String API_KEYS_MANAGE = "kernel.apikeys.manage";

  /** Read which records came from which (lineage links). */
  public static final String LINEAGE_READ = "kernel.lineage.read";

  /** Record lineage links from outside (external systems reporting what they derived). */
  public static final String LINEAGE_RECORD = "kernel.lineage.record";

  /** Read the audit log. */
  public static final String AUDIT_READ = "kernel.audit.read";

  /** Verify the audit chain and see the results. */
  public static final String AUDIT_VERIFY = "kernel.audit.verify";

  private KernelPermissions() {}
}

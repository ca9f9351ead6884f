package cn.finegov.kernel.api.security;

/**
 * The kind of duty a permission belongs to. The three administrator duties are kept apart (三员分立): a
 * role, and a user through all his roles, may hold permissions of at most one of them, so that the
 * system administrator cannot manage users, the security administrator cannot read the audit log,
 * and so on.
 */
public enum Duty {
  /** 系统管理: organisation, modules, settings, calendar, integration. */
  SYSTEM,
  /** 安全管理: users, roles, API keys. */
  SECURITY,
  /** 安全审计: reading and verifying the audit log. */
  AUDIT,
  /** The work of the business modules; combines with any other duty. */
  BUSINESS;

  public boolean isAdministration() {
    return this != BUSINESS;
  }
}

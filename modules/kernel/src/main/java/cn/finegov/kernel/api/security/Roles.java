package cn.finegov.kernel.api.security;

import java.util.List;

/**
 * Codes of the built-in roles. Roles are data (bundles of permissions, editable on the roles
 * screen); these are the ones every installation starts with. The system, security and audit
 * administrators are kept apart (三员分立) through the duties of their permissions ({@link Duty}).
 */
public final class Roles {

  /** 系统管理员: organisation, modules, settings, calendar, integration. */
  public static final String SYSTEM_ADMIN = "SYSTEM_ADMIN";

  /** 安全管理员: users, roles, API keys. */
  public static final String SECURITY_ADMIN = "SECURITY_ADMIN";

  /** 审计管理员: the only role that reads the audit log. */
  public static final String AUDIT_ADMIN = "AUDIT_ADMIN";

  /** 领导: reads everything in the own unit and below. */
  public static final String LEADER = "LEADER";

  /** 模块管理员: reference data and settings of business modules. */
  public static final String MODULE_ADMIN = "MODULE_ADMIN";

  /** 监督中心受理员: accepts, files and verifies cases. */
  public static final String SUPERVISION_CLERK = "SUPERVISION_CLERK";

  /** 指挥中心派遣员: dispatches and arbitrates cases. */
  public static final String DISPATCHER = "DISPATCHER";

  /** 部门处置人员: signs for, handles and reports back on cases. */
  public static final String DEPARTMENT_HANDLER = "DEPARTMENT_HANDLER";

  /** 网格员: reports and verifies in the own grid. */
  public static final String GRID_WORKER = "GRID_WORKER";

  /** 政务公开专员: publishes information and answers disclosure requests. */
  public static final String DISCLOSURE_OFFICER = "DISCLOSURE_OFFICER";

  /** 热线坐席（回访员）: routes hotline tickets, sees callers' numbers for return visits. */
  public static final String HOTLINE_OPERATOR = "HOTLINE_OPERATOR";

  /** 只读观察员: reads, never writes. */
  public static final String OBSERVER = "OBSERVER";

  /** The built-in roles in display order. */
  public static final List<String> BUILT_IN =
      List.of(
          SYSTEM_ADMIN,
          SECURITY_ADMIN,
          AUDIT_ADMIN,
          LEADER,
          MODULE_ADMIN,
          SUPERVISION_CLERK,
          DISPATCHER,
          DEPARTMENT_HANDLER,
          GRID_WORKER,
          DISCLOSURE_OFFICER,
          HOTLINE_OPERATOR,
          OBSERVER);

  private Roles() {}
}

package cn.finegov.integration.hotline;

import cn.finegov.integration.hotline.mapping.MappingReferenceData;
import cn.finegov.kernel.api.module.GovernanceModule;
import cn.finegov.kernel.api.module.MenuEntry;
import cn.finegov.kernel.api.module.ModuleData;
import cn.finegov.kernel.api.module.ModuleSchema;
import cn.finegov.kernel.api.module.PermissionDefinition;
import cn.finegov.kernel.api.security.Duty;
import cn.finegov.kernel.api.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The 12345 hotline exchange: tickets in, feedback out, return visits. May be switched off: then
 * the inbound endpoints answer 503 (the hotline retries) and feedback waits in the outbox.
 */
@ApplicationScoped
public class HotlineModule implements GovernanceModule {

  public static final String KEY = "hotline";

  /** Read tickets (masked caller data) within the own scope. */
  public static final String TICKET_READ = "hotline.ticket.read";

  /** Route tickets by hand: make a case, answer, send back. */
  public static final String TICKET_MANAGE = "hotline.ticket.manage";

  /** See a caller's whole phone number and name (return visits); every view is audited. */
  public static final String PHONE_VIEW = "hotline.phone.view";

  /** Edit the category mapping. */
  public static final String MAPPING_MANAGE = "hotline.mapping.manage";

  @Inject private MappingReferenceData referenceData;

  @Override
  public String key() {
    return KEY;
  }

  @Override
  public String nameKey() {
    return "module.hotline";
  }

  @Override
  public int order() {
    return 920;
  }

  @Override
  public List<String> bundleBaseNames() {
    return List.of("cn.finegov.integration.hotline.messages");
  }

  @Override
  public List<PermissionDefinition> permissions() {
    return List.of(
        new PermissionDefinition(TICKET_READ, "permission." + TICKET_READ, Duty.BUSINESS),
        new PermissionDefinition(TICKET_MANAGE, "permission." + TICKET_MANAGE, Duty.BUSINESS),
        new PermissionDefinition(PHONE_VIEW, "permission." + PHONE_VIEW, Duty.BUSINESS),
        new PermissionDefinition(MAPPING_MANAGE, "permission." + MAPPING_MANAGE, Duty.SYSTEM));
  }

  @Override
  public Map<String, Set<String>> defaultGrants() {
    return Map.of(
        Roles.HOTLINE_OPERATOR, Set.of(TICKET_READ, TICKET_MANAGE, PHONE_VIEW),
        Roles.SYSTEM_ADMIN, Set.of(TICKET_READ, MAPPING_MANAGE),
        Roles.LEADER, Set.of(TICKET_READ),
        Roles.SUPERVISION_CLERK, Set.of(TICKET_READ),
        Roles.DISPATCHER, Set.of(TICKET_READ),
        Roles.DEPARTMENT_HANDLER, Set.of(TICKET_READ),
        Roles.OBSERVER, Set.of(TICKET_READ));
  }

  @Override
  public List<MenuEntry> menuEntries() {
    return List.of(
        new MenuEntry(
            "hotline-tickets",
            "menu.hotline.tickets",
            "/hotline/tickets.xhtml",
            "pi pi-phone",
            Set.of(TICKET_READ),
            10),
        new MenuEntry(
            "hotline-mapping",
            "menu.hotline.mapping",
            "/hotline/mapping.xhtml",
            "pi pi-sitemap",
            Set.of(MAPPING_MANAGE),
            20));
  }

  @Override
  public Optional<ModuleData> data() {
    return Optional.of(referenceData);
  }

  @Override
  public Optional<ModuleSchema> schema() {
    return Optional.of(new ModuleSchema("db/migration/hotline", "hln_"));
  }
}

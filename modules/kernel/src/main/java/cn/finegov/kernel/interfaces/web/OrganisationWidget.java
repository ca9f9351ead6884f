package cn.finegov.kernel.interfaces.web;

import cn.finegov.kernel.api.org.UnitType;
import cn.finegov.kernel.application.org.OrganisationService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;

/** The dashboard card with the number of active units per type. */
@Named("organisationWidget")
@RequestScoped
public class OrganisationWidget {

  @Inject private OrganisationService organisation;

  private Map<UnitType, Long> counts;

  public Map<UnitType, Long> getCounts() {
    if (counts == null) {
      counts = organisation.countActiveByType();
    }
    return counts;
  }

  public UnitType[] getTypes() {
    return UnitType.values();
  }

  public long getTotal() {
    return getCounts().values().stream().mapToLong(Long::longValue).sum();
  }
}

package cn.finegov.kernel.interfaces.web;

import cn.finegov.kernel.api.org.OrganisationDirectory;
import cn.finegov.kernel.api.org.UnitSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Lets unit pickers (auto-complete) carry a unit by its identifier: {@code
 * converter="#{unitConverter}"}.
 */
@Named("unitConverter")
@ApplicationScoped
public class UnitSummaryConverter implements Converter<UnitSummary> {

  @Inject private OrganisationDirectory directory;

  @Override
  public UnitSummary getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return directory.findById(Long.parseLong(value.strip())).orElse(null);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, UnitSummary unit) {
    return unit == null ? "" : String.valueOf(unit.id());
  }
}

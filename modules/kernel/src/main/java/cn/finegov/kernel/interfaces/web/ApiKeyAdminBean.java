package cn.finegov.kernel.interfaces.web;

import cn.finegov.kernel.api.module.PermissionDefinition;
import cn.finegov.kernel.api.org.UnitSummary;
import cn.finegov.kernel.api.security.Duty;
import cn.finegov.kernel.application.apikey.ApiKeyDraft;
import cn.finegov.kernel.application.apikey.ApiKeyService;
import cn.finegov.kernel.application.apikey.ApiKeyView;
import cn.finegov.kernel.application.apikey.IssuedApiKey;
import cn.finegov.kernel.application.org.OrganisationService;
import cn.finegov.kernel.application.role.PermissionRegistry;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.primefaces.PrimeFaces;

/**
 * The API keys screen of the security administrator: issue a key for an external system (the secret
 * is shown once, in a dialog), see when each key was last used, revoke.
 */
@Named("apiKeyAdmin")
@ViewScoped
public class ApiKeyAdminBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient ApiKeyService keys;
  @Inject private transient PermissionRegistry permissions;
  @Inject private transient OrganisationService organisation;
  @Inject private transient DisplaySettings display;
  @Inject private transient Faces faces;

  private List<ApiKeyView> list;

  private String systemName;
  private String description;
  private List<String> granted = new ArrayList<>();
  private UnitSummary unit;
  private LocalDate expiresOn;
  private String issuedSecret;

  public List<ApiKeyView> getKeys() {
    if (list == null) {
      list = keys.list();
    }
    return list;
  }

  /** The permissions a key may carry: none of the security or audit duties. */
  public List<PermissionDefinition> getGrantable() {
    return permissions.all().stream()
        .filter(p -> p.duty() != Duty.SECURITY && p.duty() != Duty.AUDIT)
        .toList();
  }

  public void startIssue() {
    systemName = null;
    description = null;
    granted = new ArrayList<>();
    unit = null;
    expiresOn = null;
    issuedSecret = null;
  }

  public void issue() {
    Instant expiresAt =
        expiresOn == null ? null : expiresOn.plusDays(1).atStartOfDay(display.zone()).toInstant();
    IssuedApiKey issued =
        faces.attempt(
            () ->
                keys.issue(
                    new ApiKeyDraft(
                        systemName,
                        description,
                        new HashSet<>(granted),
                        unit == null ? null : unit.id(),
                        expiresAt)));
    if (issued != null) {
      issuedSecret = issued.secret();
      list = null;
      faces.info("apikey.issued", issued.key().systemName(), issued.key().prefix());
      PrimeFaces.current().executeScript("PF('keyDialog').hide();PF('secretDialog').show()");
    }
  }

  public void revoke(ApiKeyView key) {
    if (faces.attempt(() -> keys.revoke(key.id())) != null) {
      faces.info("apikey.revoked.done", key.systemName(), key.prefix());
      list = null;
    }
  }

  /** Forgets the secret once its dialog is closed. */
  public void forgetSecret() {
    issuedSecret = null;
  }

  public List<UnitSummary> completeUnit(String query) {
    return organisation.search(query, 20);
  }

  public String getIssuedSecret() {
    return issuedSecret;
  }

  public String getSystemName() {
    return systemName;
  }

  public void setSystemName(String systemName) {
    this.systemName = systemName;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public List<String> getGranted() {
    return granted;
  }

  public void setGranted(List<String> granted) {
    this.granted = granted == null ? new ArrayList<>() : granted;
  }

  public UnitSummary getUnit() {
    return unit;
  }

  public void setUnit(UnitSummary unit) {
    this.unit = unit;
  }

  public LocalDate getExpiresOn() {
    return expiresOn;
  }

  public void setExpiresOn(LocalDate expiresOn) {
    this.expiresOn = expiresOn;
  }
}

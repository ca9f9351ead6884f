package cn.finegov.kernel.interfaces.rest;

import cn.finegov.kernel.api.i18n.MessageSource;
import cn.finegov.kernel.api.module.GovernanceModule;
import cn.finegov.kernel.api.module.SettingDefinition;
import cn.finegov.kernel.application.settings.SettingView;
import cn.finegov.kernel.application.settings.SettingsService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The modules' settings the caller may change (each setting names the permission it needs: the
 * security policy the security administrator's, the audit settings the audit administrator's, the
 * rest the system administrator's).
 */
@Path("/settings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Settings", description = "Module settings: defaults, configuration, changes on screen")
public class SettingsResource {

  /**
   * A setting in REST answers.
   *
   * @param module module key
   * @param key setting key inside the module
   * @param name name in the caller's language
   * @param type TEXT, INTEGER, BOOLEAN, LIST, CHOICE or SECRET
   * @param value current value ({@code null} for secrets)
   * @param defaultValue the module's default ({@code null} for secrets)
   * @param min smallest integer allowed, or {@code null}
   * @param max largest integer allowed, or {@code null}
   * @param choices the values of a CHOICE
   * @param origin DEFAULT, CONFIGURATION or SCREEN
   * @param changedBy who changed it on screen
   * @param changedAt when
   */
  public record SettingJson(
      String module,
      String key,
      String name,
      String type,
      String value,
      String defaultValue,
      Long min,
      Long max,
      List<String> choices,
      String origin,
      String changedBy,
      Instant changedAt) {}

  /**
   * A new value.
   *
   * @param value the value as text
   */
  public record ValueInput(String value) {}

  @Inject private SettingsService settings;
  @Inject private MessageSource messages;
  @Context private HttpHeaders headers;

  @GET
  @Operation(summary = "All settings the caller may change, module by module")
  public List<SettingJson> all() {
    return settings.modulesWithSettings().stream()
        .map(GovernanceModule::key)
        .flatMap(module -> settings.list(module).stream())
        .map(this::json)
        .toList();
  }

  @GET
  @Path("{module}")
  @Operation(summary = "The settings of one module the caller may change")
  public List<SettingJson> ofModule(@PathParam("module") String module) {
    return settings.list(module).stream().map(this::json).toList();
  }

  @PUT
  @Path("{module}/{key}")
  @Operation(summary = "Change a setting (checked against its type and range)")
  public SettingJson change(
      @PathParam("module") String module, @PathParam("key") String key, ValueInput input) {
    return json(settings.change(module, key, Bodies.required(input).value()));
  }

  @DELETE
  @Path("{module}/{key}")
  @Operation(summary = "Forget the value set on screen: configuration or default apply again")
  public SettingJson reset(@PathParam("module") String module, @PathParam("key") String key) {
    return json(settings.reset(module, key));
  }

  private SettingJson json(SettingView view) {
    Locale locale = RequestLocale.of(headers);
    boolean secret = view.definition().type() == SettingDefinition.Type.SECRET;
    return new SettingJson(
        view.moduleKey(),
        view.key(),
        messages.get(locale, view.nameKey()),
        view.definition().type().name(),
        view.value(),
        secret ? null : view.definition().defaultValue(),
        view.definition().min(),
        view.definition().max(),
        view.definition().choices(),
        view.origin().name(),
        view.changedBy(),
        view.changedAt());
  }
}

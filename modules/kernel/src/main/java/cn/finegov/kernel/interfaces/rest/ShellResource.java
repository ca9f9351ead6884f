package cn.finegov.kernel.interfaces.rest;

import cn.finegov.kernel.api.i18n.MessageSource;
import cn.finegov.kernel.api.org.OrganisationDirectory;
import cn.finegov.kernel.api.org.UnitSummary;
import cn.finegov.kernel.api.security.Actor;
import cn.finegov.kernel.api.security.ActorContext;
import cn.finegov.kernel.application.module.ShellService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The signed-in caller and the menu the shell shows them, for clients that build their own screens.
 */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Shell", description = "The signed-in caller and their menu")
public class ShellResource {

  /**
   * The signed-in caller.
   *
   * @param username login name
   * @param displayName display name
   * @param unitId unit identifier
   * @param unitCode unit code
   * @param unitName unit name
   * @param roles role codes held
   * @param permissions permissions held, through the roles or the API key
   */
  public record Me(
      String username,
      String displayName,
      Long unitId,
      String unitCode,
      String unitName,
      Set<String> roles,
      Set<String> permissions) {}

  /**
   * A menu entry.
   *
   * @param id identifier
   * @param label label in the caller's language
   * @param view view path
   * @param icon icon class
   */
  public record Entry(String id, String label, String view, String icon) {}

  /**
   * A module's menu section.
   *
   * @param module module key
   * @param title title in the caller's language
   * @param entries entries the caller may see
   */
  public record Section(String module, String title, List<Entry> entries) {}

  @Inject private ActorContext actors;
  @Inject private OrganisationDirectory directory;
  @Inject private ShellService shell;
  @Inject private MessageSource messages;
  @Context private HttpHeaders headers;

  @GET
  @Path("me")
  @Operation(summary = "The signed-in caller")
  public Me me() {
    Actor actor = actors.current();
    String unitName =
        actor.unitId() == null
            ? null
            : directory.findById(actor.unitId()).map(UnitSummary::name).orElse(null);
    return new Me(
        actor.name(),
        actor.displayName(),
        actor.unitId(),
        actor.unitCode(),
        unitName,
        actor.roles(),
        actor.permissions());
  }

  @GET
  @Path("menu")
  @Operation(
      summary =
          "The caller's menu: sections of the switched-on modules with the entries the caller may see")
  public List<Section> menu() {
    Locale locale = RequestLocale.of(headers);
    return shell.menuFor(actors.current()).stream()
        .map(
            section ->
                new Section(
                    section.moduleKey(),
                    messages.get(locale, section.nameKey()),
                    section.entries().stream()
                        .map(
                            entry ->
                                new Entry(
                                    entry.id(),
                                    messages.get(locale, entry.labelKey()),
                                    entry.view(),
                                    entry.icon()))
                        .toList()))
        .toList();
  }
}

package cn.finegov.kernel.interfaces.rest;

import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.kernel.api.security.KernelPermissions;
import cn.finegov.kernel.api.security.RequiresPermission;
import cn.finegov.kernel.application.module.ModuleRegistry;
import cn.finegov.kernel.application.module.ModuleView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The installed modules and switching them on and off at run time. */
@Path("/modules")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Modules", description = "Installed modules and their run-time switch")
public class ModuleResource {

  /**
   * The wanted state of a module.
   *
   * @param enabled on or off
   */
  public record Switch(Boolean enabled) {}

  @Inject private ModuleRegistry registry;

  @GET
  @Operation(summary = "Installed modules and whether each is switched on")
  public List<ModuleView> list() {
    return registry.states();
  }

  @PUT
  @Path("{key}")
  @RequiresPermission(KernelPermissions.MODULES_MANAGE)
  @Operation(summary = "Switch a module on or off; its menu, REST paths and routes follow at once")
  public List<ModuleView> switchModule(@PathParam("key") String key, Switch wanted) {
    if (wanted == null || wanted.enabled() == null) {
      throw ValidationException.of("enabled", "validation.required");
    }
    registry.switchModule(key, wanted.enabled());
    return registry.states();
  }
}

package cn.finegov.grid.interfaces.rest.component;

import cn.finegov.grid.GridModule;
import cn.finegov.grid.application.component.ComponentDraft;
import cn.finegov.grid.application.component.ComponentFiles;
import cn.finegov.grid.application.component.ComponentService;
import cn.finegov.grid.application.component.ComponentView;
import cn.finegov.grid.application.component.ImportResult;
import cn.finegov.grid.domain.model.component.CityComponent;
import cn.finegov.grid.domain.model.component.ComponentFilter;
import cn.finegov.grid.domain.model.component.ComponentState;
import cn.finegov.kernel.api.calendar.SuiteZone;
import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.kernel.api.export.ExcelTable;
import cn.finegov.kernel.api.module.ModuleApi;
import cn.finegov.kernel.api.security.RequiresPermission;
import cn.finegov.kernel.interfaces.rest.Bodies;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The component inventory. */
@Path("/grid/components")
@ModuleApi(GridModule.KEY)
@RequestScoped
@RequiresPermission({GridModule.REFERENCE_READ, GridModule.REFERENCE_MANAGE})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Grid: components", description = "The component inventory (部件)")
public class ComponentResource {

  /** Most rows of one export. */
  static final int MAX_EXPORT = 50_000;

  /** A page of components. */
  public record ComponentPage(long total, List<ComponentView> items) {}

  /** A component as sent by a client; {@code version} when changing. */
  public record ComponentInput(
      String componentId,
      String category,
      String district,
      String name,
      String competentUnit,
      String ownerName,
      String maintainerName,
      String gridCode,
      Double latitude,
      Double longitude,
      String state,
      String note,
      Boolean active,
      Long version) {

    ComponentDraft draft() {
      return new ComponentDraft(
          componentId,
          category,
          district,
          name,
          competentUnit,
          ownerName,
          maintainerName,
          gridCode,
          latitude,
          longitude,
          state,
          note,
          active);
    }
  }

  @Inject ComponentService components;
  @Context UriInfo uri;
  @Context HttpHeaders headers;

  @GET
  @Operation(
      summary = "Components by id, filtered by category (4 digits), grid (a code and below), state")
  public ComponentPage list(
      @QueryParam("category") String category,
      @QueryParam("grid") String grid,
      @QueryParam("state") String state,
      @QueryParam("q") String q,
      @QueryParam("active") @DefaultValue("false") boolean activeOnly,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("max") @DefaultValue("50") int max) {
    ComponentFilter filter = filter(category, grid, state, q, activeOnly);
    return new ComponentPage(
        components.count(filter),
        components.list(filter, first, Math.min(Math.max(max, 1), 500), null, true));
  }

  @GET
  @Path("{id: [0-9]{1,15}}")
  @Operation(summary = "One component by its database id")
  public ComponentView get(@PathParam("id") long id) {
    return components.find(id);
  }

  @GET
  @Path("by-id/{componentId}")
  @Operation(summary = "One component by its 16-digit id")
  public ComponentView byComponentId(@PathParam("componentId") String componentId) {
    return components
        .findById(componentId)
        .orElseThrow(() -> DomainException.notFound("grid.component.not-found", componentId));
  }

  @POST
  @RequiresPermission(GridModule.REFERENCE_MANAGE)
  @Operation(summary = "Register a component (the next id of district and category when none)")
  public Response create(ComponentInput input) {
    ComponentView created = components.register(Bodies.required(input).draft());
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(created)
        .build();
  }

  @PUT
  @Path("{id: [0-9]{1,15}}")
  @RequiresPermission(GridModule.REFERENCE_MANAGE)
  @Operation(summary = "Change a component (version required; the id stays)")
  public ComponentView update(@PathParam("id") long id, ComponentInput input) {
    ComponentInput body = Bodies.required(input);
    return components.change(id, Bodies.version(body.version()), body.draft());
  }

  @POST
  @Path("import")
  @RequiresPermission(GridModule.REFERENCE_MANAGE)
  @Consumes({
    ExcelTable.CONTENT_TYPE,
    "application/geo+json",
    MediaType.APPLICATION_JSON,
    MediaType.APPLICATION_OCTET_STREAM
  })
  @Operation(
      summary = "Import an Excel workbook or a GeoJSON FeatureCollection of Point features",
      description =
          "All rows or none: with any bad row nothing is stored and the 400 problem lists every bad"
              + " field as 'row <n>.<field>'. Known ids are changed, new ones registered.")
  public ImportResult importFile(@QueryParam("name") String name, byte[] content) {
    String fileName = name;
    if (fileName == null || fileName.isBlank()) {
      MediaType type = headers.getMediaType();
      fileName =
          type != null && type.toString().startsWith(ExcelTable.CONTENT_TYPE)
              ? "import.xlsx"
              : "import.geojson";
    }
    return components.importRows(ComponentFiles.read(fileName, content));
  }

  @GET
  @Path("export")
  @Produces(ExcelTable.CONTENT_TYPE)
  @Operation(summary = "The components as an Excel workbook the import reads back")
  public Response export(
      @QueryParam("category") String category,
      @QueryParam("grid") String grid,
      @QueryParam("state") String state,
      @QueryParam("q") String q) {
    ComponentFilter filter = filter(category, grid, state, q, false);
    List<ComponentView> rows = components.list(filter, 0, MAX_EXPORT, null, true);
    Locale locale =
        headers.getAcceptableLanguages().stream()
            .filter(l -> "en".equals(l.getLanguage()))
            .findFirst()
            .orElse(Locale.SIMPLIFIED_CHINESE);
    StreamingOutput body = out -> ComponentFiles.export(rows, locale, SuiteZone.get(), out);
    return Response.ok(body, ExcelTable.CONTENT_TYPE)
        .header("Content-Disposition", "attachment; filename=\"components.xlsx\"")
        .build();
  }

  static ComponentFilter filter(
      String category, String grid, String state, String q, boolean activeOnly) {
    ComponentState componentState = null;
    if (state != null && !state.isBlank()) {
      componentState = CityComponent.stateOf(state);
      if (componentState == null) {
        throw ValidationException.of("state", "grid.component.state", state.strip());
      }
    }
    String categoryCode = blankToNull(category);
    if (categoryCode != null && categoryCode.length() == 5) {
      categoryCode = categoryCode.substring(1);
    }
    if (categoryCode != null && !categoryCode.matches("[0-9]{4}")) {
      throw ValidationException.of("category", "grid.category.code", categoryCode);
    }
    String gridCode = blankToNull(grid);
    if (gridCode != null && !gridCode.matches("[0-9]{1,15}")) {
      throw ValidationException.of("grid", "grid.code.invalid", gridCode);
    }
    return new ComponentFilter(categoryCode, gridCode, componentState, blankToNull(q), activeOnly);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}

package cn.finegov.grid.interfaces.rest.grid;

import cn.finegov.grid.GridModule;
import cn.finegov.grid.application.grid.GridChange;
import cn.finegov.grid.application.grid.GridDraft;
import cn.finegov.grid.application.grid.GridGroupService;
import cn.finegov.grid.application.grid.GridTreeService;
import cn.finegov.grid.application.grid.GridView;
import cn.finegov.grid.application.grid.GroupDraft;
import cn.finegov.grid.application.grid.GroupMemberDraft;
import cn.finegov.grid.application.grid.GroupView;
import cn.finegov.grid.application.grid.ImportResult;
import cn.finegov.grid.domain.model.grid.GridLocator;
import cn.finegov.kernel.api.calendar.SuiteZone;
import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.kernel.api.export.ExcelTable;
import cn.finegov.kernel.api.module.ModuleApi;
import cn.finegov.kernel.api.security.RequiresPermission;
import cn.finegov.kernel.api.text.JsonTexts;
import cn.finegov.kernel.interfaces.rest.RequestLocale;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The grid tree as GeoJSON: read by holders of {@code grid.reference.read}, changed and imported by
 * holders of {@code grid.reference.manage} within their scope; the grid groups of unit grids; which
 * unit grid a place lies in.
 */
@Path("/grid/grids")
@ModuleApi(GridModule.KEY)
@RequestScoped
@RequiresPermission({GridModule.REFERENCE_READ, GridModule.REFERENCE_MANAGE})
@Produces({GridTreeResource.GEO_JSON, MediaType.APPLICATION_JSON})
@Tag(name = "Grids", description = "Grid tree (street, community, unit grid), grid groups")
public class GridTreeResource {

  /** RFC 7946 media type. */
  public static final String GEO_JSON = "application/geo+json";

  @Inject private GridTreeService tree;
  @Inject private GridGroupService groups;
  @Context private UriInfo uri;
  @Context private HttpHeaders headers;

  @GET
  @Operation(
      summary = "Grids as a GeoJSON FeatureCollection, by code",
      description =
          "parent: only the grids directly below this code; level: STREET, COMMUNITY or UNIT."
              + " Properties: code, name, unitCode, level, parentCode, area (m²), active, version.")
  public String list(@QueryParam("parent") String parent, @QueryParam("level") String level) {
    return tree.exportGeoJson(parent, level);
  }

  @GET
  @Path("{code}")
  @Operation(summary = "One grid as a GeoJSON Feature")
  public String get(@PathParam("code") String code) {
    return GridTreeService.feature(tree.get(code)).toString();
  }

  @POST
  @Consumes({MediaType.APPLICATION_JSON, GEO_JSON})
  @RequiresPermission(GridModule.REFERENCE_MANAGE)
  @Operation(
      summary = "Create a grid",
      description =
          "A JSON object with code, name, unitCode, outline (a GeoJSON geometry) and optionally"
              + " parentCode and level, which must agree with the code; or a GeoJSON Feature with"
              + " these as properties and the outline as its geometry.")
  public Response create(String text) {
    GridView created = tree.create(draft(object(text)));
    return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build())
        .entity(GridTreeService.feature(created).toString())
        .type(GEO_JSON)
        .build();
  }

  @PUT
  @Path("{code}")
  @Consumes({MediaType.APPLICATION_JSON, GEO_JSON})
  @RequiresPermission(GridModule.REFERENCE_MANAGE)
  @Operation(
      summary = "Change name, owning unit, outline or whether a grid is in use",
      description = "Send version (last read), name, unitCode, outline, active.")
  public String update(@PathParam("code") String code, String text) {
    JsonObject body = object(text);
    JsonObject input = properties(body);
    JsonValue version = input.get("version");
    if (!(version instanceof JsonNumber number)) {
      throw ValidationException.of("version", "validation.required");
    }
    boolean active = !input.containsKey("active") || input.get("active") != JsonValue.FALSE;
    GridView changed =
        tree.update(
            code,
            new GridChange(
                number.longValue(),
                text(input, "name"),
                text(input, "unitCode"),
                outline(body),
                active));
    return GridTreeService.feature(changed).toString();
  }

  @POST
  @Path("import")
  @Consumes({
    MediaType.APPLICATION_JSON,
    GEO_JSON,
    ExcelTable.CONTENT_TYPE,
    MediaType.APPLICATION_OCTET_STREAM
  })
  @Produces(MediaType.APPLICATION_JSON)
  @RequiresPermission(GridModule.REFERENCE_MANAGE)
  @Operation(
      summary = "Import grids from a GeoJSON FeatureCollection or an Excel workbook",
      description =
          "GeoJSON: one feature per grid. Excel (.xlsx): the columns of export.xlsx. Creates new"
              + " codes and updates known ones. Every feature or row is checked first: one wrong"
              + " one refuses the file (400, an error per feature or row) and nothing is stored.")
  public ImportResult importFile(byte[] content) {
    if (content == null || content.length == 0) {
      throw ValidationException.of("body", "validation.body-required");
    }
    return tree.importFile(content);
  }

  @GET
  @Path("export.xlsx")
  @Produces(ExcelTable.CONTENT_TYPE)
  @Operation(summary = "Every grid as an Excel sheet (outline as GeoJSON text)")
  public Response exportExcel() {
    tree.list(null, null); // the permission check, before the response starts
    StreamingOutput body = out -> tree.exportExcel(out, RequestLocale.of(headers), SuiteZone.get());
    return Response.ok(body, ExcelTable.CONTENT_TYPE)
        .header("Content-Disposition", "attachment; filename=\"grids.xlsx\"")
        .build();
  }

  @GET
  @Path("locate")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The active unit grid a place lies in (404 when none)")
  public String locate(@QueryParam("lat") Double latitude, @QueryParam("lon") Double longitude) {
    GridLocator.GridPlace place = tree.locate(latitude, longitude);
    return JsonTexts.object()
        .add("gridCode", place.unitGrid().value())
        .add("name", place.name())
        .add("unitCode", place.unitCode())
        .build()
        .toString();
  }

  @GET
  @Path("{code}/group")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The grid group of a unit grid (phones whole only for its managers)")
  public GroupView group(@PathParam("code") String code) {
    return groups
        .find(code)
        .orElseThrow(() -> DomainException.notFound("grid.group.not-found", code));
  }

  @PUT
  @Path("{code}/group")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RequiresPermission(GridModule.REFERENCE_MANAGE)
  @Operation(
      summary = "Create or replace the grid group of a unit grid",
      description =
          "name, members: [{type (GRID_WORKER, SECONDED_STAFF, OWNERS_DELEGATE), leader,"
              + " username, name, phone}], exactly one leader.")
  public GroupView saveGroup(@PathParam("code") String code, String text) {
    JsonObject input = object(text);
    List<GroupMemberDraft> members = new ArrayList<>();
    JsonValue given = input.get("members");
    if (given instanceof JsonArray array) {
      for (JsonValue value : array) {
        JsonObject member =
            value instanceof JsonObject object ? object : JsonValue.EMPTY_JSON_OBJECT;
        members.add(
            new GroupMemberDraft(
                text(member, "type"),
                member.get("leader") == JsonValue.TRUE,
                text(member, "username"),
                text(member, "name"),
                text(member, "phone")));
      }
    }
    return groups.save(code, new GroupDraft(text(input, "name"), members));
  }

  @DELETE
  @Path("{code}/group")
  @RequiresPermission(GridModule.REFERENCE_MANAGE)
  @Operation(summary = "Remove the grid group of a unit grid")
  public Response deleteGroup(@PathParam("code") String code) {
    groups.delete(code);
    return Response.noContent().build();
  }

  /** The body as a JSON object: 400 when there is none or it is not one. */
  private static JsonObject object(String text) {
    if (text == null || text.isBlank()) {
      throw ValidationException.of("body", "validation.body-required");
    }
    try (JsonReader reader = JsonTexts.reader(new StringReader(text))) {
      return reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw ValidationException.of("body", "grid.tree.import.not-json");
    }
  }

  /** The fields of a plain object, or the properties of a Feature. */
  private static JsonObject properties(JsonObject body) {
    if ("Feature".equals(body.getString("type", ""))
        && body.get("properties") instanceof JsonObject properties) {
      return properties;
    }
    return body;
  }

  private static GridDraft draft(JsonObject body) {
    JsonObject input = properties(body);
    return new GridDraft(
        text(input, "code"),
        text(input, "parentCode"),
        text(input, "level"),
        text(input, "name"),
        text(input, "unitCode"),
        outline(body));
  }

  /** The outline: a Feature's geometry, or the {@code outline} field (an object or text). */
  private static String outline(JsonObject body) {
    JsonValue value =
        "Feature".equals(body.getString("type", "")) ? body.get("geometry") : body.get("outline");
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    return value instanceof JsonString string ? string.getString() : value.toString();
  }

  private static String text(JsonObject object, String name) {
    JsonValue value = object.get(name);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    return value instanceof JsonString string ? string.getString() : value.toString();
  }
}

package cn.finegov.grid.interfaces.rest.category;

import cn.finegov.grid.GridModule;
import cn.finegov.grid.application.category.CategoryDraft;
import cn.finegov.grid.application.category.CategoryService;
import cn.finegov.grid.application.category.CategoryView;
import cn.finegov.kernel.api.module.ModuleApi;
import cn.finegov.kernel.api.security.RequiresPermission;
import cn.finegov.kernel.interfaces.rest.Bodies;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Categories (立结案标准: limits per stage, default unit, public flag). Read with {@code
 * grid.reference.read}, change with {@code grid.reference.manage}.
 */
@Path("/grid/categories")
@ModuleApi(GridModule.KEY)
@RequestScoped
@RequiresPermission({GridModule.REFERENCE_READ, GridModule.REFERENCE_MANAGE})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Grid: categories", description = "Component and event categories, routing rules")
public class CategoryResource {

  /**
   * A category as sent by a client.
   *
   * @param code one-list code, {@code C0101} or {@code E0101} (creating only)
   * @param majorName major category's name
   * @param name minor category's name
   * @param nameEn English name (optional)
   * @param limits stage ({@code FILE}, {@code DISPATCH}, {@code SIGN}, {@code HANDLE}, {@code
   *     VERIFY}) → limit ({@code 30min}, {@code 2h}, {@code 3wd})
   * @param defaultUnit unit code, blank for none
   * @param publicService offered to the public (default false)
   * @param active in use (default true)
   * @param version the version last read (changing; optional)
   */
  public record CategoryInput(
      String code,
      String majorName,
      String name,
      String nameEn,
      Map<String, String> limits,
      String defaultUnit,
      Boolean publicService,
      Boolean active,
      Long version) {

    CategoryDraft draft() {
      return new CategoryDraft(
          code,
          majorName,
          name,
          nameEn,
          limits,
          defaultUnit,
          Boolean.TRUE.equals(publicService),
          active == null || active,
          version);
    }
  }

  @Inject private CategoryService categories;
  @Context private UriInfo uri;

  @GET
  @Operation(summary = "Every category, active or not, components first, in code order")
  public List<CategoryView> list() {
    return categories.categories();
  }

  @GET
  @Path("{code}")
  @Operation(summary = "One category by its one-list code (C0101, E0401)")
  public CategoryView get(@PathParam("code") String code) {
    return categories.category(code);
  }

  @POST
  @RequiresPermission(GridModule.REFERENCE_MANAGE)
  @Operation(summary = "Add a category")
  public Response create(CategoryInput input) {
    CategoryView created = categories.create(Bodies.required(input).draft());
    return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build())
        .entity(created)
        .build();
  }

  @PUT
  @Path("{code}")
  @RequiresPermission(GridModule.REFERENCE_MANAGE)
  @Operation(summary = "Change a category's names, limits, default unit, public flag, use")
  public CategoryView change(@PathParam("code") String code, CategoryInput input) {
    return categories.change(code, Bodies.required(input).draft());
  }
}

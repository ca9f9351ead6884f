package cn.finegov.grid.interfaces.rest.road;

import cn.finegov.grid.GridModule;
import cn.finegov.grid.application.road.PatrolService;
import cn.finegov.grid.application.road.PatrolView;
import cn.finegov.grid.domain.model.road.PatrolRule;
import cn.finegov.grid.domain.model.road.TrackPoint;
import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.kernel.api.module.ModuleApi;
import cn.finegov.kernel.interfaces.rest.Bodies;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Patrol check-ins for the mobile app of road chiefs: start, track points in batches, end; and the
 * patrol list. Any signed-in person may call; the service lets only a segment's own chief check in,
 * and shows other people's patrols only to readers of reference data.
 */
@Path("/grid/patrols")
@ModuleApi(GridModule.KEY)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Grid: patrols", description = "Road chiefs' patrol check-ins")
public class PatrolResource {

  /**
   * Start of a patrol.
   *
   * @param startedAt ISO-8601 instant; the server's time when absent
   */
  public record StartInput(Long segmentId, String startedAt, Double latitude, Double longitude) {}

  /** A track point: ISO-8601 instant and WGS84 degrees. */
  public record PointInput(String at, Double latitude, Double longitude) {}

  /** A batch of track points in time order (at most 1000). */
  public record PointsInput(List<PointInput> points) {}

  /** End of a patrol. */
  public record EndInput(String endedAt, String note, Integer problemsFound) {}

  @Inject PatrolService patrols;
  @Context UriInfo uri;

  @POST
  @Operation(
      summary = "Start a patrol on a segment (only its road chief)",
      description =
          "400 when the place lies farther from the segment than the patrol rule allows, 403 for"
              + " anybody but a chief of the segment, 409 while the chief has another open patrol.")
  public Response start(StartInput input) {
    Bodies.required(input);
    if (input.segmentId() == null) {
      throw ValidationException.of("segmentId", "validation.required");
    }
    PatrolView patrol =
        patrols.start(
            input.segmentId(),
            instant("startedAt", input.startedAt()),
            input.latitude(),
            input.longitude());
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(patrol.id())).build())
        .entity(patrol)
        .build();
  }

  @POST
  @Path("{id}/points")
  @Operation(
      summary = "Add a batch of track points",
      description =
          "Points strictly later than the last one stored and near the segment; any bad point"
              + " refuses the whole batch with 400, naming it.")
  public PatrolView points(@PathParam("id") long id, PointsInput input) {
    if (input == null || input.points() == null || input.points().isEmpty()) {
      throw ValidationException.of("points", "grid.patrol.batch", PatrolRule.MAX_BATCH);
    }
    if (input.points().size() > PatrolRule.MAX_BATCH) {
      throw ValidationException.of("points", "grid.patrol.batch", PatrolRule.MAX_BATCH);
    }
    List<TrackPoint> points = new ArrayList<>();
    for (int i = 0; i < input.points().size(); i++) {
      PointInput point = input.points().get(i);
      if (point == null) {
        throw ValidationException.of("points", "grid.patrol.time-required", i + 1);
      }
      points.add(
          PatrolService.point(
              instant("points", point.at()), point.latitude(), point.longitude(), i + 1));
    }
    return patrols.addPoints(id, points);
  }

  @POST
  @Path("{id}/end")
  @Operation(summary = "End a patrol with a note and the number of problems found")
  public PatrolView end(@PathParam("id") long id, EndInput input) {
    EndInput body = input == null ? new EndInput(null, null, null) : input;
    return patrols.end(id, instant("endedAt", body.endedAt()), body.note(), body.problemsFound());
  }

  @GET
  @Operation(
      summary = "Patrols, newest first, by segment and start time (from inclusive, to exclusive)")
  public List<PatrolView> list(
      @QueryParam("segment") Long segment,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("max") @DefaultValue("200") int max) {
    return patrols.list(segment, instant("from", from), instant("to", to), max);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One patrol with its track")
  public PatrolView get(@PathParam("id") long id) {
    return patrols.find(id);
  }

  private static Instant instant(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw ValidationException.of(field, "validation.instant", text.strip());
    }
  }
}

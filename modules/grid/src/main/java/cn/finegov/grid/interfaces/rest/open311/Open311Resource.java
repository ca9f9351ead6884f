package cn.finegov.grid.interfaces.rest.open311;

import cn.finegov.grid.GridModule;
import cn.finegov.grid.application.open311.Open311Service;
import cn.finegov.grid.application.open311.RequestQuery;
import cn.finegov.grid.application.open311.Submission;
import cn.finegov.grid.application.open311.Submitted;
import cn.finegov.grid.domain.model.category.CaseKind;
import cn.finegov.grid.domain.model.category.CaseStage;
import cn.finegov.grid.domain.model.category.Category;
import cn.finegov.grid.domain.model.category.LimitText;
import cn.finegov.grid.domain.model.open311.Open311Request;
import cn.finegov.grid.domain.model.open311.PublicCase;
import cn.finegov.kernel.api.calendar.SuiteZone;
import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.error.FieldError;
import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.kernel.api.i18n.MessageSource;
import cn.finegov.kernel.api.module.ModuleApi;
import cn.finegov.kernel.api.org.OrganisationDirectory;
import cn.finegov.kernel.api.org.UnitSummary;
import cn.finegov.kernel.interfaces.rest.RequestLocale;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Open311 GeoReport v2 (http://wiki.open311.org/GeoReport_v2) under {@code /api/v1/open311/v2/}:
 * the format is the extension ({@code .json} or {@code .xml}); reading is public and never shows
 * personal data; {@code POST requests} needs an API key holding {@code grid.case.report}; every
 * error is a list of {@code code} and {@code description} in the chosen format.
 */
@Path("/open311/v2")
@ModuleApi(GridModule.KEY)
@RequestScoped
@PermitAll
@Tag(name = "Grid: Open311", description = "Open311 GeoReport v2 server (JSON and XML)")
public class Open311Resource {

  /** The specification this endpoint follows (discovery). */
  static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";

  private static final String EXT = "{ext: (?:\\.[^/]*)?}";

  @Inject private Open311Service open311;
  @Inject private MessageSource messages;
  @Inject private OrganisationDirectory directory;
  @Context private HttpHeaders headers;
  @Context private UriInfo uri;

  @GET
  @Path("discovery" + EXT)
  @Operation(summary = "Service discovery: where this endpoint is and which formats it speaks")
  public Response discovery(@PathParam("ext") String ext) {
    return answer(
        ext,
        format -> {
          Map<String, Object> endpoint = new LinkedHashMap<>();
          endpoint.put("specification", SPECIFICATION);
          endpoint.put("url", uri.getBaseUriBuilder().path("open311/v2").build().toString());
          endpoint.put("changeset", "2026-01-01T00:00:00+08:00");
          endpoint.put("type", "production");
          endpoint.put("formats", List.of("text/xml", "application/json"));
          Map<String, Object> discovery = new LinkedHashMap<>();
          discovery.put("changeset", "2026-01-01T00:00:00+08:00");
          discovery.put("contact", text("grid.open311.contact"));
          discovery.put("key_service", text("grid.open311.key-service"));
          discovery.put("endpoints", List.of(endpoint));
          return format.object(200, "discovery", discovery);
        });
  }

  @GET
  @Path("services" + EXT)
  @Operation(summary = "The services: categories the public may report, in code order")
  public Response services(@PathParam("ext") String ext) {
    return answer(
        ext,
        format ->
            format.list(
                200,
                "services",
                "service",
                open311.services().stream().map(this::service).toList()));
  }

  @GET
  @Path("services/{name: [^/]+}")
  @Operation(summary = "A service definition (this server asks for no extra attributes)")
  public Response definition(@PathParam("name") String name) {
    Named named = Named.of(name);
    return answer(
        named.extension(),
        format -> {
          Category category = open311.service(named.name());
          Map<String, Object> definition = new LinkedHashMap<>();
          definition.put("service_code", category.code().qualified());
          definition.put("attributes", List.of());
          return format.object(200, "service_definition", definition);
        });
  }

  @POST
  @Path("requests" + EXT)
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(summary = "Report a problem (needs an API key allowed to report)")
  public Response submit(
      @PathParam("ext") String ext,
      @FormParam("service_code") String serviceCode,
      @FormParam("lat") String latitude,
      @FormParam("long") String longitude,
      @FormParam("address_string") String addressString,
      @FormParam("address_id") String addressId,
      @FormParam("description") String description,
      @FormParam("media_url") String mediaUrl,
      @FormParam("email") String email,
      @FormParam("phone") String phone,
      @FormParam("first_name") String firstName,
      @FormParam("last_name") String lastName) {
    return answer(
        ext,
        format -> {
          Submitted submitted =
              open311.submit(
                  new Submission(
                      serviceCode,
                      latitude,
                      longitude,
                      addressString,
                      addressId,
                      description,
                      mediaUrl,
                      email,
                      phone,
                      firstName,
                      lastName));
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("service_request_id", submitted.serviceRequestId());
          row.put("token", submitted.token());
          row.put(
              "service_notice",
              text("grid.open311.notice", submitted.serviceRequestId(), submitted.notice()));
          row.put("account_id", null);
          return format.list(200, "service_requests", "request", List.of(row));
        });
  }

  @GET
  @Path("requests" + EXT)
  @Operation(
      summary =
          "Requests, newest first (at most 1000; without ids or dates the last 90 days); filters"
              + " service_request_id, service_code (comma-separated), start_date, end_date"
              + " (ISO 8601 with offset), status (open, closed)")
  public Response requests(
      @PathParam("ext") String ext,
      @QueryParam("service_request_id") String ids,
      @QueryParam("service_code") String codes,
      @QueryParam("start_date") String startDate,
      @QueryParam("end_date") String endDate,
      @QueryParam("status") String status) {
    return answer(
        ext,
        format -> {
          Map<String, Optional<UnitSummary>> units = new HashMap<>();
          Map<String, Category> services = services();
          List<Map<String, Object>> rows =
              open311.requests(new RequestQuery(ids, codes, startDate, endDate, status)).stream()
                  .map(c -> request(c, services, units))
                  .toList();
          return format.list(200, "service_requests", "request", rows);
        });
  }

  @GET
  @Path("requests/{name: [^/]+}")
  @Operation(summary = "One request by its id (the case number)")
  public Response request(@PathParam("name") String name) {
    Named named = Named.of(name);
    return answer(
        named.extension(),
        format ->
            format.list(
                200,
                "service_requests",
                "request",
                List.of(request(open311.request(named.name()), services(), new HashMap<>()))));
  }

  @GET
  @Path("tokens/{name: [^/]+}")
  @Operation(summary = "The request id a token stands for")
  public Response token(@PathParam("name") String name) {
    Named named = Named.of(name);
    return answer(
        named.extension(),
        format -> {
          Open311Request request = open311.token(named.name());
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("service_request_id", request.caseNumber());
          row.put("token", request.token());
          return format.list(200, "service_requests", "request", List.of(row));
        });
  }

  // --- documents ------------------------------------------------------------------------------

  private Map<String, Object> service(Category category) {
    boolean english = english();
    String kind =
        text(
            category.code().kind() == CaseKind.COMPONENT
                ? "grid.category.kind.COMPONENT"
                : "grid.category.kind.EVENT");
    String name = english ? category.nameEn() : category.name();
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("service_code", category.code().qualified());
    row.put("service_name", name);
    row.put(
        "description",
        text(
            "grid.open311.service-description",
            kind,
            category.majorName(),
            name,
            LimitText.format(category.limits().of(CaseStage.HANDLE))));
    row.put("metadata", false);
    row.put("type", "realtime");
    row.put("keywords", String.join(",", kind, category.majorName(), category.name()));
    row.put("group", category.majorName());
    return row;
  }

  private Map<String, Object> request(
      PublicCase c, Map<String, Category> services, Map<String, Optional<UnitSummary>> units) {
    Category category = services.get(c.category().qualified());
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("service_request_id", c.number());
    row.put("status", c.state().open() ? "open" : "closed");
    row.put("status_notes", text(c.state().label().key()));
    row.put(
        "service_name", category == null ? null : english() ? category.nameEn() : category.name());
    row.put("service_code", c.category().qualified());
    row.put("description", c.description());
    row.put(
        "agency_responsible",
        c.responsibleUnit() == null
            ? null
            : units
                .computeIfAbsent(c.responsibleUnit(), directory::findByCode)
                .map(UnitSummary::name)
                .orElse(null));
    row.put("service_notice", null);
    row.put("requested_datetime", time(c.reportedAt()));
    row.put("updated_datetime", time(c.updatedAt()));
    row.put(
        "expected_datetime",
        c.state().stage().filter(stage -> stage == CaseStage.HANDLE).isPresent()
            ? time(c.stageDueAt())
            : null);
    row.put("address", c.address());
    row.put("address_id", null);
    row.put("zipcode", null);
    row.put("lat", c.latitude());
    row.put("long", c.longitude());
    row.put("media_url", c.mediaUrl());
    return row;
  }

  private Map<String, Category> services() {
    Map<String, Category> services = new HashMap<>();
    open311.services().forEach(s -> services.put(s.code().qualified(), s));
    return services;
  }

  // --- errors and helpers ---------------------------------------------------------------------

  /**
   * Runs {@code work} in the format of the extension; an unknown or missing extension, and every
   * refusal, become errors in the specification's format (JSON when the format is unknown).
   */
  private Response answer(String extension, Function<Open311Format, Response> work) {
    String ext =
        extension == null ? "" : extension.startsWith(".") ? extension.substring(1) : extension;
    if (ext.isEmpty()) {
      return Open311Format.JSON.errors(400, List.of(text("grid.open311.format-missing")));
    }
    Optional<Open311Format> format = Open311Format.of(ext);
    if (format.isEmpty()) {
      return Open311Format.JSON.errors(400, List.of(text("grid.open311.format", ext)));
    }
    try {
      return work.apply(format.get());
    } catch (ValidationException invalid) {
      return format.get().errors(400, invalid.errors().stream().map(this::describe).toList());
    } catch (DomainException refused) {
      int status = refused.kind().status();
      if (status == 401) {
        status = 403;
      }
      return format
          .get()
          .errors(
              status, List.of(messages.get(locale(), refused.messageKey(), refused.arguments())));
    }
  }

  private String describe(FieldError error) {
    return error.field() + ": " + messages.get(locale(), error.messageKey(), error.arguments());
  }

  private String text(String key, Object... arguments) {
    return messages.get(locale(), key, arguments);
  }

  private Locale locale() {
    return RequestLocale.of(headers);
  }

  private boolean english() {
    return "en".equals(locale().getLanguage());
  }

  private String time(Instant instant) {
    if (instant == null) {
      return null;
    }
    ZoneId zone = SuiteZone.get();
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
        instant.truncatedTo(ChronoUnit.SECONDS).atZone(zone).toOffsetDateTime());
  }

  /** A path segment {@code <name>.<format>}, split at the last dot. */
  record Named(String name, String extension) {
    static Named of(String segment) {
      int dot = segment.lastIndexOf('.');
      return dot < 0
          ? new Named(segment, "")
          : new Named(segment.substring(0, dot), segment.substring(dot + 1));
    }
  }
}

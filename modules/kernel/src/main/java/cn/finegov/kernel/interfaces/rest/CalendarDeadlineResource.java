package cn.finegov.kernel.interfaces.rest;

import cn.finegov.kernel.api.calendar.DeadlineOwner;
import cn.finegov.kernel.api.calendar.DeadlineRegistry;
import cn.finegov.kernel.api.calendar.DeadlineView;
import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.error.ValidationException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Deadlines modules registered with the calendar, for any signed-in caller. */
@Path("/calendar/deadlines")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calendar", description = "Working-day calendar and deadline arithmetic")
public class CalendarDeadlineResource {

  /**
   * A registered deadline.
   *
   * @param id identifier
   * @param module owning module
   * @param ownerType kind of record
   * @param ownerId the record
   * @param kind what the deadline is for
   * @param region regional calendar, {@code null} for national
   * @param rule e.g. {@code 20WD} or {@code 60WMIN}
   * @param start start date, or date and time for working hours
   * @param dueDate due date
   * @param dueTime due time for working hours, else {@code null}
   * @param calendarVersion the calendar version that computed it
   * @param provisional whether it reaches a year without an official arrangement
   * @param explanation how it was computed, in the caller's language
   * @param status OPEN or CLOSED
   * @param createdAt registered when
   * @param createdBy registered by
   * @param recomputedAt last moved by a calendar change
   * @param closedAt closed when
   */
  public record RegisteredDeadlineJson(
      long id,
      String module,
      String ownerType,
      String ownerId,
      String kind,
      String region,
      String rule,
      String start,
      LocalDate dueDate,
      String dueTime,
      long calendarVersion,
      boolean provisional,
      String explanation,
      String status,
      Instant createdAt,
      String createdBy,
      Instant recomputedAt,
      Instant closedAt) {

    static RegisteredDeadlineJson of(DeadlineView deadline, Locale locale) {
      return new RegisteredDeadlineJson(
          deadline.id(),
          deadline.owner().module(),
          deadline.owner().type(),
          deadline.owner().id(),
          deadline.kind(),
          deadline.region(),
          deadline.rule().toString(),
          deadline.startTime() == null
              ? deadline.startDate().toString()
              : deadline.startDate() + "T" + deadline.startTime(),
          deadline.dueDate(),
          deadline.dueTime() == null ? null : deadline.dueTime().toString(),
          deadline.calendarVersion(),
          deadline.provisional(),
          deadline.explanation(locale),
          deadline.status().name(),
          deadline.createdAt(),
          deadline.createdBy(),
          deadline.recomputedAt(),
          deadline.closedAt());
    }
  }

  @Inject private DeadlineRegistry registry;
  @Context private HttpHeaders headers;

  @GET
  @Operation(summary = "The deadlines of one record (module, type, id), oldest first")
  public List<RegisteredDeadlineJson> ofOwner(
      @QueryParam("module") String module,
      @QueryParam("type") String type,
      @QueryParam("id") String id) {
    ValidationException.Collector errors = new ValidationException.Collector();
    errors.required("module", module).maxLength("module", module, DeadlineOwner.MAX_MODULE);
    errors.required("type", type).maxLength("type", type, DeadlineOwner.MAX_TYPE);
    errors.required("id", id).maxLength("id", id, DeadlineOwner.MAX_ID);
    errors.throwIfAny();
    Locale locale = RequestLocale.of(headers);
    return registry.ofOwner(new DeadlineOwner(module, type, id)).stream()
        .map(deadline -> RegisteredDeadlineJson.of(deadline, locale))
        .toList();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One deadline")
  public RegisteredDeadlineJson get(@PathParam("id") long id) {
    return registry
        .find(id)
        .map(deadline -> RegisteredDeadlineJson.of(deadline, RequestLocale.of(headers)))
        .orElseThrow(
            () -> DomainException.notFound("calendar.deadline.not-found", String.valueOf(id)));
  }
}

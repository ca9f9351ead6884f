package cn.finegov.kernel.interfaces.rest;

import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.kernel.api.export.ExcelTable;
import cn.finegov.kernel.api.security.KernelPermissions;
import cn.finegov.kernel.api.security.RequiresPermission;
import cn.finegov.kernel.application.notification.DeliveryExport;
import cn.finegov.kernel.application.notification.DeliveryService;
import cn.finegov.kernel.application.notification.DeliveryView;
import cn.finegov.kernel.domain.model.notification.DeliveryQuery;
import cn.finegov.kernel.domain.model.notification.DeliveryStatus;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The delivery monitor: deliveries of notifications on external channels with their state and the
 * reason of their last failure (addresses masked), retry, Excel export. For holders of {@code
 * kernel.notifications.monitor}, for recipients inside their scope.
 */
@Path("/notifications/deliveries")
@RequestScoped
@RequiresPermission(KernelPermissions.NOTIFICATIONS_MONITOR)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notification deliveries", description = "The delivery monitor")
public class NotificationDeliveryResource {

  /**
   * A page of deliveries.
   *
   * @param total deliveries matching the filter
   * @param counts deliveries per state (whole outbox inside the caller's scope)
   * @param items this page, newest first
   */
  public record DeliveryPage(
      long total, Map<DeliveryStatus, Long> counts, List<DeliveryView> items) {}

  @Inject private DeliveryService deliveries;
  @Inject private DeliveryExport export;
  @Context private HttpHeaders headers;

  @GET
  @Operation(summary = "Deliveries matching a filter, newest first")
  public DeliveryPage search(
      @QueryParam("status") String status,
      @QueryParam("channel") String channel,
      @QueryParam("recipient") String recipient,
      @QueryParam("category") String category,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("max") @DefaultValue("100") int max) {
    DeliveryQuery query = query(status, channel, recipient, category, from, to);
    return new DeliveryPage(
        deliveries.count(query), deliveries.countByStatus(), deliveries.search(query, first, max));
  }

  @GET
  @Path("{id: [0-9]+}")
  @Operation(summary = "One delivery")
  public DeliveryView get(@PathParam("id") long id) {
    return deliveries.get(id);
  }

  @POST
  @Path("{id: [0-9]+}/retry")
  @Operation(summary = "Attempt a delivery now (a failed one gets one more attempt)")
  public DeliveryView retry(@PathParam("id") long id) {
    return deliveries.retry(id);
  }

  @GET
  @Path("export")
  @Produces(ExcelTable.CONTENT_TYPE)
  @Operation(summary = "Deliveries matching a filter as an Excel sheet (up to 50,000)")
  public Response export(
      @QueryParam("status") String status,
      @QueryParam("channel") String channel,
      @QueryParam("recipient") String recipient,
      @QueryParam("category") String category,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    DeliveryQuery query = query(status, channel, recipient, category, from, to);
    Locale locale = RequestLocale.of(headers);
    deliveries.count(query);
    StreamingOutput body = out -> export.write(query, locale, out);
    return Response.ok(body, ExcelTable.CONTENT_TYPE)
        .header("Content-Disposition", "attachment; filename=\"deliveries.xlsx\"")
        .build();
  }

  private static DeliveryQuery query(
      String status, String channel, String recipient, String category, String from, String to) {
    DeliveryStatus state = null;
    if (status != null && !status.isBlank()) {
      try {
        state = DeliveryStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw ValidationException.of("status", "notification.delivery.status.invalid", status);
      }
    }
    return new DeliveryQuery(
        state,
        channel == null || channel.isBlank() ? null : channel.strip().toUpperCase(Locale.ROOT),
        recipient,
        category,
        RequestValues.instant("from", from),
        RequestValues.instant("to", to));
  }
}

package cn.finegov.integration.hotline.interfaces.rest;

import cn.finegov.integration.hotline.HotlineModule;
import cn.finegov.integration.hotline.flow.HotlineRoutes;
import cn.finegov.integration.hotline.flow.HotlineSettings;
import cn.finegov.integration.hotline.flow.Intake;
import cn.finegov.integration.hotline.flow.IntakeResult;
import cn.finegov.integration.hotline.message.HotlineSignature;
import cn.finegov.integration.runtime.api.Inbox;
import cn.finegov.integration.runtime.camel.CamelRuntime;
import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.i18n.MessageSource;
import cn.finegov.kernel.api.module.ModuleStatus;
import cn.finegov.kernel.api.text.JsonTexts;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.camel.Exchange;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Where the hotline pushes tickets and return-visit results (PROTOCOL.md). Not for people: a call
 * is authenticated by its HMAC signature, not by a user. 202 means the message is durable here; 503
 * (module switched off, database or broker unavailable) asks the hotline to send it again. One
 * instance for all pushes: it keeps no state.
 */
@Path("/hotline/inbound")
@ApplicationScoped
@PermitAll
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "12345 hotline (inbound)", description = "Signed pushes of the hotline system")
public class InboundResource {

  /** Most tickets in one batch. */
  public static final int BATCH_MAX = 500;

  private static final Logger LOG = Logger.getLogger(InboundResource.class.getName());

  @Inject private CamelRuntime camel;
  @Inject private Inbox inbox;
  @Inject private HotlineSettings settings;
  @Inject private ModuleStatus modules;
  @Inject private MessageSource messages;

  @POST
  @Path("tickets")
  @Operation(
      summary = "One ticket, or {\"tickets\": [...]} (at most 500)",
      description =
          "202 ACCEPTED (durable here), 200 DUPLICATE, 400 REJECTED with the reason (kept as a dead"
              + " letter), 401 bad signature, 503 try again later (also while more tickets than"
              + " hotline.inbound.backlog-limit wait to be handled); a batch answers 200 with one"
              + " result per ticket.")
  public Response tickets(
      @HeaderParam(HotlineSignature.TIMESTAMP_HEADER) String timestamp,
      @HeaderParam(HotlineSignature.SIGNATURE_HEADER) String signature,
      byte[] body) {
    Response refused = refuse(timestamp, signature, body);
    if (refused != null) {
      return refused;
    }
    if (settings.busy(inbox.waiting(HotlineRoutes.TICKET_FLOW))) {
      return unavailable("hotline.inbound.busy", 5);
    }
    String text = new String(body, StandardCharsets.UTF_8);
    JsonValue parsed = parseOrNull(text);
    if (parsed instanceof JsonObject object && object.containsKey("tickets")) {
      JsonValue list = object.get("tickets");
      if (list.getValueType() != JsonValue.ValueType.ARRAY
          || list.asJsonArray().size() > BATCH_MAX) {
        return Response.status(400)
            .entity(
                answer(null, IntakeResult.REJECTED, message("hotline.inbound.batch", BATCH_MAX)))
            .build();
      }
      return Response.ok(JsonTexts.object().add("results", batch(list.asJsonArray())).build())
          .build();
    }
    return single(HotlineRoutes.TICKET_ENDPOINT, text);
  }

  /**
   * One result per ticket, in order: the valid tickets are taken as one inbox batch, each invalid
   * one through the single route (answered REJECTED and kept as a dead letter). When the batch
   * cannot be taken now, no ticket of it is, and each is answered without a result (send again).
   */
  private JsonArrayBuilder batch(JsonArray tickets) {
    List<String> texts = tickets.stream().map(JsonValue::toString).toList();
    Exchange taken =
        camel
            .producer()
            .send(
                HotlineRoutes.BATCH_ENDPOINT,
                exchange -> {
                  exchange.getIn().setBody(texts);
                  exchange.getIn().setHeader(Intake.CHANNEL, "PUSH");
                });
    List<?> results =
        taken.getException() == null
            ? taken.getMessage().getHeader(Intake.RESULTS, List.class)
            : null;
    if (results == null) {
      LOG.log(
          Level.WARNING,
          "A batch of hotline tickets could not be taken now (answered without results)",
          taken.getException());
    }
    JsonArrayBuilder answers = JsonTexts.array();
    boolean unavailable = results == null;
    for (int i = 0; i < texts.size(); i++) {
      if (!unavailable && results.get(i) instanceof Intake.Taken valid) {
        answers.add(answer(valid.ticketNo(), valid.result(), null));
        continue;
      }
      Outcome outcome = unavailable ? null : take(HotlineRoutes.TICKET_ENDPOINT, texts.get(i));
      if (outcome == null) {
        unavailable = true;
        answers.add(answer(null, null, message("hotline.inbound.unavailable")));
      } else {
        answers.add(outcome.json());
      }
    }
    return answers;
  }

  @POST
  @Path("return-visits")
  @Operation(
      summary = "A return visit's result",
      description = "Answers like a single ticket; a dissatisfied caller reopens the case.")
  public Response returnVisits(
      @HeaderParam(HotlineSignature.TIMESTAMP_HEADER) String timestamp,
      @HeaderParam(HotlineSignature.SIGNATURE_HEADER) String signature,
      byte[] body) {
    Response refused = refuse(timestamp, signature, body);
    if (refused != null) {
      return refused;
    }
    return single(HotlineRoutes.VISIT_ENDPOINT, new String(body, StandardCharsets.UTF_8));
  }

  private Response single(String endpoint, String text) {
    Outcome outcome = take(endpoint, text);
    if (outcome == null) {
      return unavailable("hotline.inbound.unavailable", 30);
    }
    int status =
        switch (outcome.result()) {
          case ACCEPTED -> 202;
          case DUPLICATE -> 200;
          case REJECTED -> 400;
        };
    return Response.status(status).entity(outcome.json()).build();
  }

  /** The answer for one message, or {@code null} when it could not be taken now. */
  private Outcome take(String endpoint, String text) {
    Exchange result =
        camel
            .producer()
            .send(
                endpoint,
                exchange -> {
                  exchange.getIn().setBody(text);
                  exchange.getIn().setHeader(Intake.CHANNEL, "PUSH");
                });
    String ticketNo = result.getMessage().getHeader(Intake.TICKET_NO, String.class);
    // A result means the message was taken (perhaps after a retried failure, whose exception
    // Camel still keeps on the exchange); only without one does a failure decide the answer.
    IntakeResult outcome = result.getMessage().getHeader(Intake.RESULT, IntakeResult.class);
    if (outcome != null && result.getException() == null) {
      return new Outcome(outcome, answer(ticketNo, outcome, null));
    }
    Throwable failure =
        result.getException() != null
            ? result.getException()
            : result.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
    Optional<DomainException> refusal = DomainException.in(failure);
    if (refusal.isPresent()) {
      return new Outcome(
          IntakeResult.REJECTED,
          answer(
              ticketNo,
              IntakeResult.REJECTED,
              messages.describe(MessageSource.CHINESE, refusal.get())));
    }
    LOG.log(Level.WARNING, "Hotline message could not be taken now (answered 503)", failure);
    return null;
  }

  private record Outcome(IntakeResult result, JsonObject json) {}

  private Response refuse(String timestamp, String signature, byte[] body) {
    if (!modules.isEnabled(HotlineModule.KEY)) {
      return unavailable("hotline.inbound.unavailable", 30);
    }
    HotlineSignature check;
    try {
      check = settings.signature();
    } catch (IllegalStateException e) {
      LOG.severe("hotline.secret is not configured: inbound hotline calls are refused (503)");
      return unavailable("hotline.inbound.unavailable", 30);
    }
    if (!check.verify(timestamp, signature, body == null ? new byte[0] : body, Instant.now())) {
      return Response.status(401)
          .entity(answer(null, null, message("hotline.inbound.signature")))
          .build();
    }
    if (body == null || body.length == 0) {
      return Response.status(400)
          .entity(answer(null, IntakeResult.REJECTED, message("hotline.message.not-json")))
          .build();
    }
    return null;
  }

  /** 503: the hotline sends the message again after the seconds given. */
  private Response unavailable(String reasonKey, int retryAfterSeconds) {
    return Response.status(503)
        .header("Retry-After", String.valueOf(retryAfterSeconds))
        .entity(answer(null, null, message(reasonKey)))
        .build();
  }

  private String message(String key, Object... arguments) {
    return messages.get(MessageSource.CHINESE, key, arguments);
  }

  private static JsonObject answer(String ticketNo, IntakeResult result, String reason) {
    JsonObjectBuilder json = JsonTexts.object();
    if (ticketNo == null) {
      json.addNull("gdbh");
    } else {
      json.add("gdbh", ticketNo);
    }
    if (result != null) {
      json.add("result", result.name());
    }
    if (reason != null) {
      json.add("reason", reason);
    }
    return json.build();
  }

  private static JsonValue parseOrNull(String text) {
    try (JsonReader reader = JsonTexts.reader(new StringReader(text))) {
      return reader.readValue();
    } catch (JsonException e) {
      return null;
    }
  }
}

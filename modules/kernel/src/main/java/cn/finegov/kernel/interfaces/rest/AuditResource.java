package cn.finegov.kernel.interfaces.rest;

import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.kernel.api.org.OrganisationDirectory;
import cn.finegov.kernel.api.org.UnitSummary;
import cn.finegov.kernel.api.security.KernelPermissions;
import cn.finegov.kernel.api.security.RequiresPermission;
import cn.finegov.kernel.application.audit.AuditEntryView;
import cn.finegov.kernel.application.audit.AuditService;
import cn.finegov.kernel.domain.model.audit.AuditQuery;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit log, for the audit administrator only. */
@Path("/audit")
@RequestScoped
@RequiresPermission(KernelPermissions.AUDIT_READ)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "The audit log (audit administrator only)")
public class AuditResource {

  /**
   * One audit entry.
   *
   * @param id identifier, increasing with time
   * @param occurredAt when
   * @param actor who (login name or system flow)
   * @param actorName display name of the actor
   * @param actorUnit the actor's unit code
   * @param clientAddress from where
   * @param entityType kind of thing
   * @param entityId which thing
   * @param action what happened
   * @param before values before (JSON text) or {@code null}
   * @param after values after (JSON text) or {@code null}
   * @param chainSeq position in the audit chain, {@code null} until sealed (within a second)
   * @param hashAlgorithm hash function of its link ({@code SM3} or {@code SHA-256})
   * @param hash its link hash (64 hex digits)
   */
  public record Entry(
      long id,
      Instant occurredAt,
      String actor,
      String actorName,
      String actorUnit,
      String clientAddress,
      String entityType,
      String entityId,
      String action,
      String before,
      String after,
      Long chainSeq,
      String hashAlgorithm,
      String hash) {

    static Entry of(AuditEntryView entry) {
      return new Entry(
          entry.id(),
          entry.occurredAt(),
          entry.actor(),
          entry.actorName(),
          entry.actorUnit(),
          entry.clientAddress(),
          entry.entityType(),
          entry.entityId(),
          entry.action(),
          entry.before(),
          entry.after(),
          entry.chainSeq(),
          entry.hashAlgorithm(),
          entry.hash());
    }
  }

  /**
   * A page of entries, newest first.
   *
   * @param total entries matching the filter
   * @param items this page
   */
  public record EntryPage(long total, List<Entry> items) {}

  @Inject private AuditService audit;
  @Inject private OrganisationDirectory directory;

  @GET
  @Operation(summary = "Audit entries matching a filter, newest first")
  public EntryPage search(
      @QueryParam("actor") String actor,
      @QueryParam("unit") String unitCode,
      @QueryParam("unitTree") String unitTree,
      @QueryParam("entityType") String entityType,
      @QueryParam("entityId") String entityId,
      @QueryParam("action") String action,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("max") @DefaultValue("100") int max) {
    AuditQuery query =
        new AuditQuery(
            actor,
            unitCode,
            unitPath(unitTree),
            entityType,
            entityId,
            action,
            RequestValues.instant("from", from),
            RequestValues.instant("to", to));
    return new EntryPage(
        audit.count(query),
        audit.search(query, Math.max(0, first), Math.max(1, max)).stream().map(Entry::of).toList());
  }

  @GET
  @Path("{id: [0-9]+}")
  @Operation(summary = "One audit entry")
  public Entry find(@PathParam("id") long id) {
    return audit
        .find(id)
        .map(Entry::of)
        .orElseThrow(() -> DomainException.notFound("audit.entry.not-found", String.valueOf(id)));
  }

  /** Path of the unit whose subtree is asked for ({@code unitTree=<code>}). */
  private String unitPath(String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    return directory
        .findByCode(code.strip())
        .map(UnitSummary::path)
        .orElseThrow(() -> ValidationException.of("unitTree", "audit.unit.unknown", code.strip()));
  }
}

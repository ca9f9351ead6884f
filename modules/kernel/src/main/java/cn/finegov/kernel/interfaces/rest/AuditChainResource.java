package cn.finegov.kernel.interfaces.rest;

import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.kernel.api.security.KernelPermissions;
import cn.finegov.kernel.api.security.RequiresPermission;
import cn.finegov.kernel.application.audit.AuditChainService;
import cn.finegov.kernel.application.audit.ChainStatus;
import cn.finegov.kernel.application.audit.PurgeView;
import cn.finegov.kernel.application.audit.VerificationView;
import cn.finegov.kernel.domain.model.audit.AuditVerification.Trigger;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The tamper-evident audit chain: its state, sealing and verification on demand, the kept
 * verification results, and the purge of entries older than the retention. Holders of {@code
 * kernel.audit.verify} only (the audit administrator).
 */
@Path("/audit/chain")
@RequestScoped
@RequiresPermission(KernelPermissions.AUDIT_VERIFY)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Audit chain", description = "Hash chain over the audit log: verify, results, purge")
public class AuditChainResource {

  /**
   * A purge request.
   *
   * @param before remove entries that occurred before this time (ISO-8601, e.g. {@code
   *     2025-01-01T00:00:00Z}); it must lie before the retention
   */
  public record PurgeInput(String before) {}

  @Inject private AuditChainService chain;

  @GET
  @Operation(summary = "Head, anchor, entries waiting for their link, settings, last verification")
  public ChainStatus status() {
    return chain.status();
  }

  @POST
  @Path("seal")
  @Operation(summary = "Seal the committed entries waiting for their link now")
  public ChainStatus seal() {
    return chain.sealNow();
  }

  @POST
  @Path("verifications")
  @Operation(
      summary =
          "Verify the chain now: the first broken link (sequence, entry, what did not match) or"
              + " intact up to a sequence; the result is kept")
  public VerificationView verify() {
    return chain.verify(Trigger.MANUAL);
  }

  @GET
  @Path("verifications")
  @Operation(summary = "Kept verification results, the most recent first")
  public List<VerificationView> verifications(@QueryParam("max") @DefaultValue("20") int max) {
    return chain.verifications(max);
  }

  @GET
  @Path("verifications/latest")
  @Operation(summary = "The most recent verification result")
  public VerificationView latest() {
    return chain.verifications(1).stream()
        .findFirst()
        .orElseThrow(() -> DomainException.notFound("audit.verify.none"));
  }

  @POST
  @Path("purge")
  @Operation(
      summary =
          "Remove entries older than the retention (audit.retention-days, at least 180 days); the"
              + " last removed link becomes the anchor verification starts from")
  public PurgeView purge(PurgeInput input) {
    Instant time = RequestValues.instant("before", Bodies.required(input).before());
    if (time == null) {
      throw ValidationException.of("before", "validation.required");
    }
    return chain.purge(time);
  }
}

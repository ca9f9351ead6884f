package cn.finegov.integration.egov.orgsync;

import cn.finegov.integration.runtime.camel.CamelRuntime;
import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.kernel.api.security.ActorContext;
import cn.finegov.kernel.api.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.camel.Exchange;

/**
 * A directory file handed in by an administrator (screen or REST) instead of the exchange
 * directory: it goes through the same intake route, so it is idempotent, recorded and queued like
 * any other. A file that cannot be read is refused with the reason (and kept in the dead letters).
 */
@ApplicationScoped
public class OrgSyncUploads {

  public static final int MAX_BYTES = 20 * 1024 * 1024;

  @Inject private CamelRuntime camel;
  @Inject private OrgSyncImports imports;
  @Inject private ActorContext actors;

  /**
   * @return the import record of the file
   */
  public ImportRecord upload(String fileName, byte[] content) {
    actors.requireAnyRole(Roles.SYSTEM_ADMIN);
    if (fileName == null || fileName.isBlank()) {
      throw ValidationException.of("name", "validation.required");
    }
    if (content == null || content.length == 0) {
      throw ValidationException.of("file", "orgsync.upload.empty");
    }
    if (content.length > MAX_BYTES) {
      throw ValidationException.of("file", "orgsync.upload.too-large", MAX_BYTES / 1024 / 1024);
    }
    String name = fileName.strip();
    Exchange result =
        camel
            .producer()
            .send(
                OrgDirectoryRoutes.INTAKE,
                exchange -> {
                  exchange.getIn().setBody(content);
                  exchange.getIn().setHeader(Exchange.FILE_NAME, name);
                  exchange.getIn().setHeader(OrgSyncIntake.CHANNEL, "upload");
                });
    Throwable failure =
        result.getException() != null
            ? result.getException()
            : result.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
    if (failure != null) {
      for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
        if (cause instanceof DomainException refusal) {
          throw refusal;
        }
      }
      throw new IllegalStateException("The directory file could not be taken in", failure);
    }
    Long id = result.getMessage().getHeader(OrgSyncIntake.IMPORT_ID, Long.class);
    imports.auditUpload(id, name);
    return imports.find(id).orElseThrow();
  }
}

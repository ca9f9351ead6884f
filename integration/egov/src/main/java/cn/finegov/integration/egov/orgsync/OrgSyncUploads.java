package cn.finegov.integration.egov.orgsync;

import cn.finegov.integration.egov.EgovModule;
import cn.finegov.integration.runtime.camel.CamelRuntime;
import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.kernel.api.security.ActorContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.apache.camel.Exchange;

/**
 * What administrators do with directory files (screen or REST): hand one in instead of the exchange
 * directory — it goes through the same intake route, so it is idempotent, recorded and queued like
 * any other; a file that cannot be read is refused with the reason (and kept in the dead letters) —
 * and read the imports. Directory files cover the whole tree, so both need a scope that includes
 * its top.
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
    actors.requireWholeTree(EgovModule.ORGSYNC_MANAGE);
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
      throw DomainException.in(failure)
          .orElseThrow(
              () -> new IllegalStateException("The directory file could not be taken in", failure));
    }
    Long id = result.getMessage().getHeader(OrgSyncIntake.IMPORT_ID, Long.class);
    imports.auditUpload(id, name);
    return imports.find(id).orElseThrow();
  }

  /** Imports, newest first. */
  public List<ImportRecord> list(int first, int max) {
    actors.requireWholeTree(EgovModule.ORGSYNC_MANAGE);
    return imports.list(first, max);
  }

  public long count() {
    actors.requireWholeTree(EgovModule.ORGSYNC_MANAGE);
    return imports.count();
  }

  public Optional<ImportRecord> find(long id) {
    actors.requireWholeTree(EgovModule.ORGSYNC_MANAGE);
    return imports.find(id);
  }
}

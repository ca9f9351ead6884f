package cn.finegov.integration.egov.orgsync;

import cn.finegov.integration.egov.EgovModule;
import cn.finegov.integration.runtime.api.DeadLetters;
import cn.finegov.integration.runtime.api.ModuleRoutes;
import cn.finegov.integration.runtime.camel.DeadLetterChannel;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * Routes of the directory synchronisation:
 *
 * <ul>
 *   <li>{@code egov-orgsync-file}: CSV files in the exchange directory ({@code
 *       egov.orgsync.file.*});
 *   <li>{@code egov-orgsync-sftp}: CSV files on the platform's SFTP server ({@code
 *       egov.orgsync.sftp.*}), when enabled;
 *   <li>{@code egov-orgsync-intake}: identifies the file by its SHA-256;
 *   <li>{@code egov-orgsync-parse}: reads the file, records the import, queues it and then
 *       remembers the file's identity ({@link OrgSyncIntake}); the same content again is recorded
 *       as a duplicate and changes nothing. The replay target of a file that failed.
 * </ul>
 *
 * A crash during these steps loses nothing: the receiving routes move a file away only after they
 * are done, so a crash before that leaves the file to be read again, and its content is remembered
 * only once it is queued. A file queued twice that way is applied twice, which changes nothing.
 *
 * <p>Error handling is the route configuration {@link EgovErrorHandling#ID}.
 */
@Dependent
public class OrgDirectoryRoutes extends RouteBuilder implements ModuleRoutes {

  public static final String FLOW = "egov-orgsync";
  public static final String INTAKE = "direct:egov-orgsync-intake";
  public static final String PARSE = "direct:egov-orgsync-parse";

  private static final String FILE_OPTIONS =
      "include=(?i).*\\.csv&readLock=changed&readLockMinAge={{egov.orgsync.read-lock-millis:1000}}"
          + "&delay={{egov.orgsync.poll-millis:5000}}"
          + "&move=.done/${date:now:yyyyMMdd}/${file:name.noext}-${date:now:HHmmssSSS}.${file:ext}";

  private final OrgSyncIntake intake;

  @Inject
  public OrgDirectoryRoutes(OrgSyncIntake intake) {
    this.intake = intake;
  }

  @Override
  public String moduleKey() {
    return EgovModule.KEY;
  }

  @Override
  public void configure() {
    if (enabled("egov.orgsync.file.enabled", true)) {
      from("file:{{egov.orgsync.file.directory}}?" + FILE_OPTIONS)
          .routeId("egov-orgsync-file")
          .routeConfigurationId(EgovErrorHandling.ID)
          .setHeader(OrgSyncIntake.CHANNEL, constant("file"))
          .to(INTAKE);
    }
    if (enabled("egov.orgsync.sftp.enabled", false)) {
      from("sftp://{{egov.orgsync.sftp.host}}:{{egov.orgsync.sftp.port:22}}/{{egov.orgsync.sftp.directory}}"
              + "?username={{egov.orgsync.sftp.username}}&password=RAW({{egov.orgsync.sftp.password}})"
              + "&strictHostKeyChecking={{egov.orgsync.sftp.strict-host-key-checking:yes}}"
              + "&knownHostsFile={{egov.orgsync.sftp.known-hosts-file:}}&useUserKnownHostsFile=false"
              + "&binary=true&connectTimeout=10000&"
              + FILE_OPTIONS)
          .routeId("egov-orgsync-sftp")
          .routeConfigurationId(EgovErrorHandling.ID)
          .setHeader(OrgSyncIntake.CHANNEL, constant("sftp"))
          .to(INTAKE);
    }

    from(INTAKE)
        .routeId("egov-orgsync-intake")
        .routeConfigurationId(EgovErrorHandling.ID)
        .setHeader(DeadLetters.FLOW, constant(FLOW))
        .setHeader(DeadLetters.SOURCE, header(Exchange.FILE_NAME))
        .setHeader(DeadLetters.REPLAY_TARGET, constant(PARSE))
        .convertBodyTo(byte[].class)
        .process(
            exchange ->
                exchange
                    .getIn()
                    .setHeader(
                        OrgSyncIntake.MESSAGE_ID,
                        OrgDirectoryParser.sha256(exchange.getIn().getBody(byte[].class))))
        .setHeader(
            DeadLetterChannel.DEDUP_KEY,
            simple(FLOW + ":file:${header." + OrgSyncIntake.MESSAGE_ID + "}"))
        .to(PARSE);

    from(PARSE)
        .routeId("egov-orgsync-parse")
        .routeConfigurationId(EgovErrorHandling.ID)
        .setHeader(DeadLetters.FLOW, constant(FLOW))
        .setHeader(DeadLetters.REPLAY_TARGET, constant(PARSE))
        .bean(intake, "accept")
        .id("egov-orgsync-accept")
        .log(
            "Directory file ${header.CamelFileName} (${header.GovernanceMessageId}): import"
                + " ${header.GovernanceImportId} ${header.GovernanceImportStatus}");
  }

  private boolean enabled(String property, boolean fallback) {
    String value =
        getContext()
            .getPropertiesComponent()
            .resolveProperty(property)
            .orElse(String.valueOf(fallback));
    return Boolean.parseBoolean(value.strip());
  }
}

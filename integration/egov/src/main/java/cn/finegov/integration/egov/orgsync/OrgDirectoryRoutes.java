package cn.finegov.integration.egov.orgsync;

import cn.finegov.integration.egov.EgovModule;
import cn.finegov.integration.runtime.api.DeadLetters;
import cn.finegov.integration.runtime.api.ModuleRoutes;
import cn.finegov.integration.runtime.camel.DeadLetterChannel;
import cn.finegov.integration.runtime.idempotent.IdempotentRepositories;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.IdempotentRepository;

/**
 * Routes of the directory synchronisation:
 *
 * <ul>
 *   <li>{@code egov-orgsync-file}: CSV files in the exchange directory ({@code
 *       egov.orgsync.file.*});
 *   <li>{@code egov-orgsync-sftp}: CSV files on the platform's SFTP server ({@code
 *       egov.orgsync.sftp.*}), when enabled;
 *   <li>{@code egov-orgsync-intake}: idempotent on the file's SHA-256, so the same file twice is
 *       recorded as a duplicate and changes nothing;
 *   <li>{@code egov-orgsync-parse}: reads the file and queues it with its import record; the replay
 *       target of a file that failed.
 * </ul>
 *
 * Error handling is the route configuration {@link EgovErrorHandling#ID}.
 */
@Dependent
public class OrgDirectoryRoutes extends RouteBuilder implements ModuleRoutes {

  public static final String FLOW = "egov-orgsync";
  public static final String INTAKE = "direct:egov-orgsync-intake";
  public static final String PARSE = "direct:egov-orgsync-parse";
  static final String FILE_REPOSITORY = "egov-orgsync-files";

  private static final String FILE_OPTIONS =
      "include=(?i).*\\.csv&readLock=changed&readLockMinAge={{egov.orgsync.read-lock-millis:1000}}"
          + "&delay={{egov.orgsync.poll-millis:5000}}"
          + "&move=.done/${date:now:yyyyMMdd}/${file:name.noext}-${date:now:HHmmssSSS}.${file:ext}";

  private final IdempotentRepository files;
  private final OrgSyncIntake intake;

  @Inject
  public OrgDirectoryRoutes(IdempotentRepositories repositories, OrgSyncIntake intake) {
    this(repositories.named(FILE_REPOSITORY), intake);
  }

  /** With the given idempotent repository, for route tests outside the server. */
  OrgDirectoryRoutes(IdempotentRepository files, OrgSyncIntake intake) {
    this.files = files;
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
        .idempotentConsumer(header(OrgSyncIntake.MESSAGE_ID))
        .idempotentRepository(files)
        .skipDuplicate(false)
        .choice()
        .when(exchangeProperty(Exchange.DUPLICATE_MESSAGE).isEqualTo(true))
        .log(
            "Directory file ${header.CamelFileName} was received before (${header.GovernanceMessageId}); skipped")
        .bean(intake, "duplicate")
        .id("egov-orgsync-duplicate")
        .otherwise()
        .to(PARSE)
        .end()
        .end();

    from(PARSE)
        .routeId("egov-orgsync-parse")
        .routeConfigurationId(EgovErrorHandling.ID)
        .setHeader(DeadLetters.FLOW, constant(FLOW))
        .setHeader(DeadLetters.REPLAY_TARGET, constant(PARSE))
        .bean(intake, "accept")
        .id("egov-orgsync-accept")
        .log(
            "Directory file ${header.CamelFileName} queued as import ${header.GovernanceImportId}");
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

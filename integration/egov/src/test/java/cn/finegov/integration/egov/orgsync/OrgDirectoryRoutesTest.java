package cn.finegov.integration.egov.orgsync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.finegov.integration.runtime.api.DeadLetters;
import cn.finegov.integration.runtime.camel.DeadLetterChannel;
import cn.finegov.simulators.egov.DirectoryFile;
import cn.finegov.simulators.egov.EgovSftpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The directory synchronisation's routes with their error handling ({@link EgovErrorHandling}) in a
 * plain CamelContext, set up in the order the server's {@code CamelRuntime} uses (dead-letter
 * channel bound, context started, route configurations added, then routes). Each test starts its
 * own context because the routes read their switches ({@code egov.orgsync.*.enabled}) when they are
 * built.
 *
 * <p>The suite's services cannot run outside the server, so two hand-written stand-ins record what
 * the routes hand them: {@link RecordingIntake} (a subclass of {@link OrgSyncIntake}, whose real
 * steps need JPA, JMS and CDI) and {@link RecordingDeadLetters} (bound as {@code
 * governanceDeadLetters} in place of {@link DeadLetterChannel}, which needs CDI).
 */
class OrgDirectoryRoutesTest {

  private static final Charset GBK = Charset.forName("GBK");
  private static final Duration WAIT = Duration.ofSeconds(20);

  @TempDir Path temp;

  private final RecordingIntake intake = new RecordingIntake();
  private final RecordingDeadLetters deadLetters = new RecordingDeadLetters();
  private CamelContext camel;
  private EgovSftpServer sftp;

  /** What the intake was handed: the body as it came and a copy of the headers. */
  record Call(Object body, Map<String, Object> headers) {

    static Call of(Exchange exchange) {
      Object body = exchange.getIn().getBody();
      return new Call(
          body instanceof byte[] bytes ? bytes.clone() : body,
          new HashMap<>(exchange.getIn().getHeaders()));
    }

    byte[] bytes() {
      return (byte[]) body;
    }

    Object header(String name) {
      return headers.get(name);
    }
  }

  /**
   * Records the exchanges of the intake steps; can be told to fail, and then leaves another body
   * behind as a half-done step would.
   */
  static final class RecordingIntake extends OrgSyncIntake {

    final List<Call> accepted = new CopyOnWriteArrayList<>();
    volatile RuntimeException failure;

    @Override
    public void accept(Exchange exchange) {
      accepted.add(Call.of(exchange));
      if (failure != null) {
        exchange.getIn().setBody("half parsed");
        throw failure;
      }
      exchange.getIn().setHeader(IMPORT_ID, (long) accepted.size());
    }
  }

  /** What reached the dead-letter channel. */
  record FailedExchange(
      byte[] body, Map<String, Object> headers, Throwable failure, String routeId) {}

  /** Records what the error handling sends to {@code bean:governanceDeadLetters}. */
  static final class RecordingDeadLetters implements Processor {

    final List<FailedExchange> received = new CopyOnWriteArrayList<>();

    @Override
    public void process(Exchange exchange) {
      received.add(
          new FailedExchange(
              exchange.getIn().getBody(byte[].class),
              new HashMap<>(exchange.getIn().getHeaders()),
              exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class),
              exchange.getProperty(Exchange.FAILURE_ROUTE_ID, String.class)));
    }
  }

  private Map<String, String> fileSettings() {
    Map<String, String> settings = new HashMap<>();
    settings.put("egov.orgsync.file.enabled", "true");
    settings.put("egov.orgsync.file.directory", exchangeDirectory().toString());
    settings.put("egov.orgsync.sftp.enabled", "false");
    settings.put("egov.orgsync.poll-millis", "100");
    settings.put("egov.orgsync.read-lock-millis", "1");
    return settings;
  }

  private Path exchangeDirectory() {
    return temp.resolve("exchange");
  }

  private CamelContext start(Map<String, String> settings) throws Exception {
    DefaultCamelContext context = new DefaultCamelContext();
    Properties properties = new Properties();
    properties.putAll(settings);
    context.getPropertiesComponent().setInitialProperties(properties);
    context.getRegistry().bind(DeadLetterChannel.BEAN_NAME, deadLetters);
    camel = context;
    context.start();
    context.addRoutesConfigurations(new EgovErrorHandling());
    context.addRoutes(new OrgDirectoryRoutes(intake));
    return context;
  }

  @AfterEach
  void stop() {
    if (camel != null) {
      camel.stop();
    }
    if (sftp != null) {
      sftp.close();
    }
  }

  private static DirectoryFile directory() {
    return new DirectoryFile()
        .unit("990100", "模拟市人民政府", "模拟市", "市", null, 1, "正常")
        .unit("990101", "模拟市第1区人民政府", "第1区", "区", "990100", 1, "正常");
  }

  private static List<Path> filesUnder(Path directory) {
    try (Stream<Path> walk = Files.walk(directory)) {
      return walk.filter(Files::isRegularFile).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void assertMovedToDone(Path original, byte[] content) throws IOException {
    Path done = original.resolveSibling(".done");
    await().atMost(WAIT).until(() -> !Files.exists(original));
    List<Path> moved = filesUnder(done);
    assertThat(moved).hasSize(1);
    assertThat(moved.get(0).getFileName().toString()).startsWith("directory-").endsWith(".csv");
    assertThat(Files.readAllBytes(moved.get(0))).isEqualTo(content);
  }

  @Test
  void aFileDroppedInTheDirectoryReachesTheIntakeWithItsIdentityAndIsMovedAway() throws Exception {
    start(fileSettings());
    byte[] content = directory().bytes(GBK);

    Path dropped = directory().writeTo(exchangeDirectory(), "directory.csv", GBK);

    await().atMost(WAIT).until(() -> intake.accepted.size() == 1);
    Call call = intake.accepted.get(0);
    assertThat(call.bytes()).isEqualTo(content);
    assertThat(call.header(OrgSyncIntake.MESSAGE_ID)).isEqualTo(OrgDirectoryParser.sha256(content));
    assertThat(call.header(DeadLetters.FLOW)).isEqualTo("egov-orgsync");
    assertThat(call.header(OrgSyncIntake.CHANNEL)).isEqualTo("file");
    assertThat(call.header(DeadLetters.REPLAY_TARGET)).isEqualTo("direct:egov-orgsync-parse");
    assertThat(call.header(DeadLetters.SOURCE)).isEqualTo("directory.csv");
    assertThat(call.header(DeadLetterChannel.DEDUP_KEY))
        .isEqualTo("egov-orgsync:file:" + OrgDirectoryParser.sha256(content));
    assertMovedToDone(dropped, content);
    assertThat(deadLetters.received).isEmpty();
  }

  @Test
  void onlyCsvFilesAreTakenFromTheDirectory() throws Exception {
    CamelContext context = start(fileSettings());
    NotifyBuilder done =
        new NotifyBuilder(context).fromRoute("egov-orgsync-file").whenDone(1).create();

    Path ignored = directory().writeTo(exchangeDirectory(), "notes.txt", StandardCharsets.UTF_8);
    directory().writeTo(exchangeDirectory(), "UPPER.CSV", StandardCharsets.UTF_8);

    assertThat(done.matches(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
    assertThat(intake.accepted)
        .singleElement()
        .satisfies(call -> assertThat(call.header(DeadLetters.SOURCE)).isEqualTo("UPPER.CSV"));
    assertThat(ignored).exists();
  }

  @Test
  void theSameContentUnderAnotherNameReachesTheIntakeWithTheSameIdentity() throws Exception {
    CamelContext context = start(fileSettings());
    NotifyBuilder bothDone =
        new NotifyBuilder(context).fromRoute("egov-orgsync-file").whenDone(2).create();
    byte[] content = directory().bytes(StandardCharsets.UTF_8);

    directory().writeTo(exchangeDirectory(), "first.csv", StandardCharsets.UTF_8);
    await().atMost(WAIT).until(() -> intake.accepted.size() == 1);
    Path second = directory().writeTo(exchangeDirectory(), "second.csv", StandardCharsets.UTF_8);

    assertThat(bothDone.matches(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
    assertThat(intake.accepted)
        .extracting(call -> call.header(DeadLetters.SOURCE))
        .containsExactly("first.csv", "second.csv");
    assertThat(intake.accepted)
        .extracting(call -> call.header(OrgSyncIntake.MESSAGE_ID))
        .containsOnly(OrgDirectoryParser.sha256(content));
    await().atMost(WAIT).until(() -> !Files.exists(second));
    assertThat(deadLetters.received).isEmpty();
  }

  @Test
  void anUnreadableFileGoesOnceToTheDeadLettersWithItsOriginalContent() throws Exception {
    CamelContext context = start(fileSettings());
    InvalidDirectoryFileException refusal =
        new InvalidDirectoryFileException(
            "orgsync.file.missing-columns", "directory.csv", "机构类型", "");
    intake.failure = refusal;
    NotifyBuilder done =
        new NotifyBuilder(context).fromRoute("egov-orgsync-file").whenDone(1).create();
    byte[] content = directory().bytes(GBK);

    Path dropped = directory().writeTo(exchangeDirectory(), "directory.csv", GBK);

    assertThat(done.matches(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
    assertThat(intake.accepted).hasSize(1);
    assertThat(deadLetters.received).hasSize(1);
    FailedExchange letter = deadLetters.received.get(0);
    assertThat(letter.body()).isEqualTo(content);
    assertThat(letter.failure()).isSameAs(refusal);
    assertThat(letter.routeId()).isEqualTo("egov-orgsync-parse");
    assertThat(letter.headers())
        .containsEntry(
            DeadLetterChannel.DEDUP_KEY, "egov-orgsync:file:" + OrgDirectoryParser.sha256(content))
        .containsEntry(DeadLetters.FLOW, "egov-orgsync")
        .containsEntry(DeadLetters.SOURCE, "directory.csv")
        .containsEntry(DeadLetters.REPLAY_TARGET, "direct:egov-orgsync-parse")
        .containsEntry(OrgSyncIntake.CHANNEL, "file");
    assertMovedToDone(dropped, content);
  }

  @Test
  void textSentToTheParseEndpointAsAReplayIsAcceptedAsText() throws Exception {
    CamelContext context = start(fileSettings());
    String text = directory().text();
    String messageId = OrgDirectoryParser.sha256(text);

    try (ProducerTemplate producer = context.createProducerTemplate()) {
      producer.sendBodyAndHeaders(
          OrgDirectoryRoutes.PARSE,
          text,
          Map.of(DeadLetters.SOURCE, "directory.csv", OrgSyncIntake.MESSAGE_ID, messageId));
    }

    assertThat(intake.accepted).hasSize(1);
    Call call = intake.accepted.get(0);
    assertThat(call.body()).isInstanceOf(String.class).isEqualTo(text);
    assertThat(call.header(OrgSyncIntake.MESSAGE_ID)).isEqualTo(messageId);
    assertThat(call.header(DeadLetters.FLOW)).isEqualTo("egov-orgsync");
    assertThat(call.header(DeadLetters.REPLAY_TARGET)).isEqualTo("direct:egov-orgsync-parse");
    assertThat(call.header(OrgSyncIntake.CHANNEL)).isNull();
  }

  @Test
  void aReplayThatIsStillUnreadableGoesBackToTheDeadLettersAsText() throws Exception {
    CamelContext context = start(fileSettings());
    intake.failure = new InvalidDirectoryFileException("orgsync.file.empty", "directory.csv");
    String text = "不是目录文件";

    Exchange result;
    try (ProducerTemplate producer = context.createProducerTemplate()) {
      result = producer.send(OrgDirectoryRoutes.PARSE, exchange -> exchange.getIn().setBody(text));
    }

    assertThat(intake.accepted).hasSize(1);
    assertThat(deadLetters.received).hasSize(1);
    assertThat(new String(deadLetters.received.get(0).body(), StandardCharsets.UTF_8))
        .isEqualTo(text);
    assertThat(result.getException()).isNull();
    assertThat(result.getProperty(Exchange.EXCEPTION_CAUGHT))
        .isInstanceOf(InvalidDirectoryFileException.class);
  }

  @Test
  void anUploadReachesTheIntakeAsAnUploadWithItsIdentity() throws Exception {
    CamelContext context = start(fileSettings());
    byte[] content = directory().bytes(StandardCharsets.UTF_8);

    Exchange result;
    try (ProducerTemplate producer = context.createProducerTemplate()) {
      result = upload(producer, "upload-1.csv", content);
    }

    assertThat(result.getMessage().getHeader(OrgSyncIntake.IMPORT_ID)).isEqualTo(1L);
    assertThat(intake.accepted)
        .singleElement()
        .satisfies(
            call -> {
              assertThat(call.header(OrgSyncIntake.CHANNEL)).isEqualTo("upload");
              assertThat(call.header(DeadLetters.SOURCE)).isEqualTo("upload-1.csv");
              assertThat(call.header(OrgSyncIntake.MESSAGE_ID))
                  .isEqualTo(OrgDirectoryParser.sha256(content));
              assertThat(call.bytes()).isEqualTo(content);
            });
  }

  private static Exchange upload(ProducerTemplate producer, String name, byte[] content) {
    return producer.send(
        OrgDirectoryRoutes.INTAKE,
        exchange -> {
          exchange.getIn().setBody(content);
          exchange.getIn().setHeader(Exchange.FILE_NAME, name);
          exchange.getIn().setHeader(OrgSyncIntake.CHANNEL, "upload");
        });
  }

  @Test
  void aFailureThatIsNotARefusalIsRetriedThreeTimesBeforeTheDeadLetters() throws Exception {
    CamelContext context = start(fileSettings());
    intake.failure = new IllegalStateException("broker unavailable");

    try (ProducerTemplate producer = context.createProducerTemplate()) {
      producer.send(OrgDirectoryRoutes.PARSE, exchange -> exchange.getIn().setBody("text"));
    }

    assertThat(intake.accepted).hasSize(4);
    assertThat(deadLetters.received).hasSize(1);
    assertThat(deadLetters.received.get(0).failure()).isSameAs(intake.failure);
  }

  @Test
  void theSwitchesDecideWhichReceivingRoutesExist() throws Exception {
    Map<String, String> settings = fileSettings();
    settings.put("egov.orgsync.file.enabled", "false");

    CamelContext context = start(settings);

    assertThat(context.getRoutes())
        .extracting(route -> route.getRouteId())
        .containsExactlyInAnyOrder("egov-orgsync-intake", "egov-orgsync-parse");
  }

  @Test
  void withSftpSwitchedOnFilesOnThePlatformsServerReachTheIntakeAndLeaveTheServer()
      throws Exception {
    Path root = temp.resolve("sftp-root");
    String password = "p&ss=w+rd%";
    sftp = EgovSftpServer.start(0, "egov", password, root);
    Map<String, String> settings = fileSettings();
    settings.put("egov.orgsync.file.enabled", "false");
    settings.put("egov.orgsync.sftp.enabled", "true");
    settings.put("egov.orgsync.sftp.host", "127.0.0.1");
    settings.put("egov.orgsync.sftp.port", String.valueOf(sftp.port()));
    settings.put("egov.orgsync.sftp.directory", "inbound");
    settings.put("egov.orgsync.sftp.username", "egov");
    settings.put("egov.orgsync.sftp.password", password);
    settings.put("egov.orgsync.sftp.strict-host-key-checking", "no");
    byte[] content = directory().bytes(GBK);
    Path dropped = directory().writeTo(root.resolve("inbound"), "directory.csv", GBK);

    CamelContext context = start(settings);

    assertThat(context.getRoute("egov-orgsync-sftp")).isNotNull();
    assertThat(context.getRoute("egov-orgsync-file")).isNull();
    await().atMost(WAIT).until(() -> intake.accepted.size() == 1);
    Call call = intake.accepted.get(0);
    assertThat(call.header(OrgSyncIntake.CHANNEL)).isEqualTo("sftp");
    assertThat(call.header(DeadLetters.SOURCE)).isEqualTo("directory.csv");
    assertThat(call.bytes()).isEqualTo(content);
    assertThat(call.header(OrgSyncIntake.MESSAGE_ID)).isEqualTo(OrgDirectoryParser.sha256(content));
    assertMovedToDone(dropped, content);
  }
}

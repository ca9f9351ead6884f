package cn.finegov.systemtest.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.finegov.integration.runtime.IntegrationModule;
import cn.finegov.integration.runtime.api.Inbox;
import cn.finegov.integration.runtime.deadletter.DeadLetterQuery;
import cn.finegov.integration.runtime.deadletter.DeadLetterService;
import cn.finegov.integration.runtime.deadletter.DeadLetterStatus;
import cn.finegov.integration.runtime.deadletter.DeadLetterView;
import cn.finegov.kernel.api.security.Actor;
import cn.finegov.kernel.api.security.ActorContext;
import cn.finegov.systemtest.Deployments;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.awaitility.Awaitility;
import org.hamcrest.Matcher;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The JMS inbox inside the server: a message is handled at least once and its work committed before
 * it leaves the queue; a transient failure is retried; a message that keeps failing, or that is
 * refused, becomes a dead letter with the reason and its original content, and a replay hands it to
 * its handler again. Runs in the server, with {@link FlakyHandler} added to the real EAR's web
 * module.
 */
@ExtendWith(ArquillianExtension.class)
class InboxIT {

  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final Actor OPERATOR =
      Actor.system("test-operator", Set.of(IntegrationModule.OPERATE));

  @Inject private Inbox inbox;
  @Inject private DeadLetterService deadLetters;
  @Inject private ActorContext actors;

  @Deployment
  static EnterpriseArchive deployment() {
    EnterpriseArchive ear = Deployments.ear();
    WebArchive web =
        Deployments.webModuleForInContainerTests(ear)
            .addClasses(InboxIT.class, FlakyHandler.class, Deployments.class)
            .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
            .addAsLibraries(
                Deployments.jarOf(Assertions.class),
                Deployments.jarOf(Awaitility.class),
                Deployments.jarOf(Matcher.class));
    return Deployments.withWebModule(ear, Testable.archiveToTest(web));
  }

  @Test
  void aTransientFailureIsRetriedAndTheMessageIsHandledOnce() {
    String id = UUID.randomUUID().toString();

    inbox.enqueue(FlakyHandler.FLOW, id, "fail:2", Map.of());

    await().atMost(PATIENCE).until(() -> FlakyHandler.HANDLED.contains(id));
    assertThat(FlakyHandler.ATTEMPTS.get(id)).isEqualTo(3);
    assertThat(deadLetter(id)).isEmpty();
  }

  @Test
  void aMessageThatKeepsFailingBecomesADeadLetterAfterTheLastAttempt() {
    String id = UUID.randomUUID().toString();

    inbox.enqueue(FlakyHandler.FLOW, id, "always", Map.of("GovernanceSource", "inbox-test"));

    DeadLetterView letter =
        await().atMost(PATIENCE).until(() -> deadLetter(id), Optional::isPresent).orElseThrow();
    assertThat(FlakyHandler.ATTEMPTS.get(id)).isEqualTo(3);
    assertThat(letter.status()).isEqualTo(DeadLetterStatus.OPEN);
    assertThat(letter.reason()).contains("已尝试 3 次").contains("temporary failure 3 of " + id);
    assertThat(letter.body()).isEqualTo("always");
    assertThat(letter.source()).isEqualTo("inbox-test");
    assertThat(letter.replayTarget()).isEqualTo("inbox:" + FlakyHandler.FLOW);
  }

  @Test
  void aRefusedMessageBecomesADeadLetterAtOnce() {
    String id = UUID.randomUUID().toString();

    inbox.enqueue(FlakyHandler.FLOW, id, "reject", Map.of());

    DeadLetterView letter =
        await().atMost(PATIENCE).until(() -> deadLetter(id), Optional::isPresent).orElseThrow();
    assertThat(FlakyHandler.ATTEMPTS.get(id)).isEqualTo(1);
    assertThat(letter.reason()).isEqualTo("测试拒收：" + id);
  }

  @Test
  void aReplayedDeadLetterIsHandledOnceItsCauseIsGone() {
    String id = UUID.randomUUID().toString();
    inbox.enqueue(FlakyHandler.FLOW, id, "until-released", Map.of());
    DeadLetterView letter =
        await().atMost(PATIENCE).until(() -> deadLetter(id), Optional::isPresent).orElseThrow();

    FlakyHandler.release(id);
    actors.runAs(OPERATOR, () -> deadLetters.replay(letter.id()));

    await().atMost(PATIENCE).until(() -> FlakyHandler.HANDLED.contains(id));
    assertThat(deadLetter(id).orElseThrow().status()).isEqualTo(DeadLetterStatus.REPLAYED);
  }

  @Test
  void aMessageOfAFlowNobodyHandlesIsKeptAsADeadLetter() {
    String id = UUID.randomUUID().toString();

    inbox.enqueue("no-such-flow", id, "lost?", Map.of());

    DeadLetterView letter =
        await()
            .atMost(PATIENCE)
            .until(() -> deadLetter("no-such-flow", id), Optional::isPresent)
            .orElseThrow();
    assertThat(letter.reason()).contains("no-such-flow");
    assertThat(letter.body()).isEqualTo("lost?");
  }

  private Optional<DeadLetterView> deadLetter(String id) {
    return deadLetter(FlakyHandler.FLOW, id);
  }

  private Optional<DeadLetterView> deadLetter(String flow, String id) {
    return actors.runAs(
        OPERATOR,
        () ->
            deadLetters.search(new DeadLetterQuery(flow, null, null), 0, 500).stream()
                .filter(letter -> id.equals(letter.headers().get("GovernanceMessageId")))
                .findFirst());
  }
}

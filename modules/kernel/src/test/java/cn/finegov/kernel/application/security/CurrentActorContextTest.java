package cn.finegov.kernel.application.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.finegov.kernel.api.security.Actor;
import cn.finegov.kernel.api.security.Scope;
import cn.finegov.kernel.application.apikey.ApiKeyService;
import java.security.Principal;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The actor of an HTTP request: the principal comes from the request, and the actor that the
 * authentication has just looked up serves the request only while the principal is still its own.
 * The context is built without repositories or security context, so any lookup beyond the request
 * fails the test.
 */
class CurrentActorContextTest {

  private static final String KEY = ApiKeyService.principalName("k7Qx2");

  private final CurrentActorContext context = new CurrentActorContext();
  private final AtomicReference<Principal> signedIn = new AtomicReference<>();

  @AfterEach
  void endRequest() {
    CurrentActorContext.endRequest();
    ClientAddress.clear();
  }

  private static Actor system(String name) {
    return new Actor(
        name,
        "12345 hotline",
        null,
        null,
        null,
        Set.of(),
        Set.of("grid.case.report"),
        Scope.NOTHING,
        Actor.Kind.SYSTEM);
  }

  private void beginRequest(Actor authenticated) {
    ClientAddress.set("10.1.2.3");
    CurrentActorContext.beginRequest(signedIn::get, authenticated);
  }

  @Test
  void theActorTheAuthenticationLookedUpServesTheRequestWithoutAnotherLookup() {
    Actor key = system(KEY);
    signedIn.set(() -> KEY);
    beginRequest(key);

    assertThat(context.current()).isSameAs(key);
    assertThat(context.current()).isSameAs(key);
  }

  @Test
  void aPrincipalThatChangedWithinTheRequestIsNotAnsweredWithTheEarlierActor() {
    signedIn.set(() -> KEY);
    beginRequest(system(KEY));

    // Signed out, then in under a name that no account can have: the earlier actor must not answer.
    signedIn.set(() -> "not a user name!");
    assertThat(context.current()).isEqualTo(Actor.ANONYMOUS);

    signedIn.set(null);
    assertThat(context.current()).isEqualTo(Actor.ANONYMOUS);
    signedIn.set(() -> "ANONYMOUS");
    assertThat(context.current()).isEqualTo(Actor.ANONYMOUS);
  }

  @Test
  void theEndOfTheRequestForgetsItsActorAndPrincipal() {
    signedIn.set(() -> KEY);
    beginRequest(system(KEY));
    CurrentActorContext.endRequest();

    // Outside a request the security context is asked; this one has none (a library's thread).
    assertThat(context.current()).isEqualTo(Actor.ANONYMOUS);
  }

  @Test
  void runAsComesFirst() {
    signedIn.set(() -> KEY);
    beginRequest(system(KEY));
    Actor flow = Actor.system("hotline-intake", Set.of());

    assertThat(context.runAs(flow, () -> context.current())).isSameAs(flow);
  }
}

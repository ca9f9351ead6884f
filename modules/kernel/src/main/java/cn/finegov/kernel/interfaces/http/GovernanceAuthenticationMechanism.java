package cn.finegov.kernel.interfaces.http;

import cn.finegov.kernel.api.i18n.MessageSource;
import cn.finegov.kernel.api.security.Actor;
import cn.finegov.kernel.application.apikey.ApiKeyService;
import cn.finegov.kernel.application.security.ClientAddress;
import cn.finegov.kernel.application.security.SecurityPolicy;
import cn.finegov.kernel.application.user.SignInResult;
import cn.finegov.kernel.application.user.SignInService;
import cn.finegov.kernel.interfaces.rest.RequestLocale;
import cn.finegov.kernel.interfaces.rest.problem.Problem;
import cn.finegov.kernel.interfaces.rest.problem.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;

/**
 * One mechanism for the whole web application:
 *
 * <ul>
 *   <li>screens: form sign-in on {@code /login.xhtml}; the login bean calls {@code
 *       SecurityContext.authenticate} with the credentials, and the sign-in is kept in the HTTP
 *       session; a protected page opened without a session redirects to the login page and back
 *       after sign-in;
 *   <li>REST clients: HTTP Basic on every request, without a session; wrong credentials get 401
 *       with a problem document that says why (a locked account says for how long);
 *   <li>external systems: an API key in {@code Authorization: ApiKey <key>} or {@code X-Api-Key},
 *       only on {@code /api/}.
 * </ul>
 *
 * <p>A form sign-in sets the session's idle timeout from the security policy, ends the person's
 * other sessions when only one is allowed, and marks the session when the password must be changed
 * first ({@link PasswordChangeGate}).
 */
@ApplicationScoped
public class GovernanceAuthenticationMechanism implements HttpAuthenticationMechanism {

  @Inject private IdentityStoreHandler identityStores;
  @Inject private Problems problems;
  @Inject private SignInService signIn;
  @Inject private ApiKeyService apiKeys;
  @Inject private SecurityPolicy policy;
  @Inject private SessionRegistry sessions;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    ClientAddress.set(ClientAddressFilter.addressOf(request));
    try {
      Credential credential = context.getAuthParameters().getCredential();
      if (credential != null) {
        return formSignIn(credential, request, context);
      }
      Principal sessionPrincipal = request.getUserPrincipal();
      if (sessionPrincipal != null) {
        return continueSession(sessionPrincipal, context);
      }
      String authorization = request.getHeader("Authorization");
      if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
        return basic(authorization.substring(6).strip(), request, response, context);
      }
      String apiKey = apiKeyOf(request, authorization);
      if (apiKey != null) {
        return apiKey(apiKey, request, response, context);
      }
      if (context.isProtected()) {
        return context.redirect(loginUrl(request) + endedSession(request));
      }
      return context.doNothing();
    } finally {
      ClientAddress.clear();
    }
  }

  /**
   * Why the session the browser still names is gone, for the notice on the login page: {@code
   * &ended=replaced} when a newer sign-in of the same person ended it, {@code &ended=expired} when
   * it timed out (or the server restarted); nothing for a browser without a session.
   */
  private String endedSession(HttpServletRequest request) {
    String requested = request.getRequestedSessionId();
    if (requested == null || request.isRequestedSessionIdValid()) {
      return "";
    }
    return "&ended=" + (sessions.wasReplaced(requested) ? "replaced" : "expired");
  }

  /** The login page, with the screen asked for as {@code next} so that sign-in continues there. */
  static String loginUrl(HttpServletRequest request) {
    String target = request.getRequestURI();
    if ("GET".equals(request.getMethod()) && request.getQueryString() != null) {
      target += "?" + request.getQueryString();
    }
    return request.getContextPath()
        + "/login.xhtml?next="
        + URLEncoder.encode(target, StandardCharsets.UTF_8);
  }

  private AuthenticationStatus formSignIn(
      Credential credential, HttpServletRequest request, HttpMessageContext context) {
    CredentialValidationResult result = identityStores.validate(credential);
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    String name = result.getCallerPrincipal().getName();
    context.setRegisterSession(name, result.getCallerGroups());
    signIn.signedIn(name);
    HttpSession session = request.getSession(true);
    session.setMaxInactiveInterval((int) policy.idleTimeout().toSeconds());
    if (passwordChangeRequired()) {
      session.setAttribute(PasswordChangeGate.REQUIRED, Boolean.TRUE);
    }
    if (sessions.register(name, session, policy.singleSession()) > 0) {
      signIn.sessionReplaced(name);
    }
    return context.notifyContainerAboutLogin(result);
  }

  /** Whether the sign-in that just succeeded on this thread requires a new password first. */
  private static boolean passwordChangeRequired() {
    return SignInService.takeLastResult()
        .filter(SignInResult.Accepted.class::isInstance)
        .map(result -> ((SignInResult.Accepted) result).passwordChangeRequired())
        .orElse(false);
  }

  /** The key presented on an API request, or {@code null}. */
  private static String apiKeyOf(HttpServletRequest request, String authorization) {
    if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      return null;
    }
    if (authorization != null && authorization.regionMatches(true, 0, "ApiKey ", 0, 7)) {
      return authorization.substring(7).strip();
    }
    String header = request.getHeader("X-Api-Key");
    if (header != null && !header.isBlank()) {
      return header.strip();
    }
    return formField(request);
  }

  /**
   * The key as a field {@code api_key} of a form-encoded POST, as the Open311 GeoReport v2
   * specification sends it. Never from the query string, which ends up in access logs.
   */
  private static String formField(HttpServletRequest request) {
    String type = request.getContentType();
    if (!"POST".equals(request.getMethod())
        || type == null
        || !type.regionMatches(true, 0, "application/x-www-form-urlencoded", 0, 33)) {
      return null;
    }
    String query = request.getQueryString();
    if (query != null && query.contains("api_key")) {
      return null;
    }
    if (request.getCharacterEncoding() == null) {
      try {
        // Reading the field decodes the whole form, the other fields too: as UTF-8, not Latin-1.
        request.setCharacterEncoding(StandardCharsets.UTF_8.name());
      } catch (java.io.UnsupportedEncodingException impossible) {
        throw new IllegalStateException(impossible);
      }
    }
    String field = request.getParameter("api_key");
    return field == null || field.isBlank() ? null : field.strip();
  }

  private AuthenticationStatus apiKey(
      String presented,
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context) {
    Optional<Actor> system = apiKeys.authenticate(presented, ClientAddress.get());
    if (system.isPresent()) {
      request.setAttribute(ClientAddressFilter.AUTHENTICATED_ACTOR, system.get());
      return context.notifyContainerAboutLogin(system.get().name(), Set.of());
    }
    return unauthorized(request, response, "error.bad-api-key", new Object[0], "ApiKey");
  }

  private AuthenticationStatus continueSession(Principal principal, HttpMessageContext context) {
    try {
      context
          .getHandler()
          .handle(
              new Callback[] {new CallerPrincipalCallback(context.getClientSubject(), principal)});
    } catch (IOException | UnsupportedCallbackException e) {
      throw new IllegalStateException("The container refused the session's principal", e);
    }
    return AuthenticationStatus.SUCCESS;
  }

  private AuthenticationStatus basic(
      String encoded,
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context) {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      decoded = "";
    }
    int colon = decoded.indexOf(':');
    if (colon > 0) {
      CredentialValidationResult result =
          identityStores.validate(
              new UsernamePasswordCredential(
                  decoded.substring(0, colon), decoded.substring(colon + 1)));
      if (result.getStatus() == CredentialValidationResult.Status.VALID) {
        if (passwordChangeRequired()) {
          request.setAttribute(PasswordChangeGate.REQUIRED, Boolean.TRUE);
        }
        return context.notifyContainerAboutLogin(result);
      }
    }
    SignInResult.Refused refused =
        SignInService.takeLastResult()
            .filter(SignInResult.Refused.class::isInstance)
            .map(SignInResult.Refused.class::cast)
            .orElse(new SignInResult.Refused("error.bad-credentials"));
    String key =
        "login.failed".equals(refused.messageKey())
            ? "error.bad-credentials"
            : refused.messageKey();
    return unauthorized(request, response, key, refused.arguments(), "Basic");
  }

  private AuthenticationStatus unauthorized(
      HttpServletRequest request,
      HttpServletResponse response,
      String messageKey,
      Object[] arguments,
      String scheme) {
    Problem problem =
        problems.of(401, messageKey, localeOf(request), request.getRequestURI(), arguments);
    try {
      response.setStatus(401);
      response.setHeader("WWW-Authenticate", scheme + " realm=\"governance\"");
      response.setContentType(Problem.MEDIA_TYPE);
      response.setCharacterEncoding("UTF-8");
      response.getWriter().write(problem.toJson());
    } catch (IOException e) {
      throw new IllegalStateException("The 401 answer could not be written", e);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  private static Locale localeOf(HttpServletRequest request) {
    if (request.getHeader("Accept-Language") == null) {
      return MessageSource.CHINESE;
    }
    return RequestLocale.firstSupported(Collections.list(request.getLocales()));
  }
}

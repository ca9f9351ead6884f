package cn.finegov.kernel.interfaces.http;

import cn.finegov.kernel.api.i18n.MessageSource;
import cn.finegov.kernel.application.security.ClientAddress;
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
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.Collections;
import java.util.Locale;
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
 *       with a problem document.
 * </ul>
 */
@ApplicationScoped
public class GovernanceAuthenticationMechanism implements HttpAuthenticationMechanism {

  @Inject private IdentityStoreHandler identityStores;
  @Inject private Problems problems;
  @Inject private SignInService signIn;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    ClientAddress.set(ClientAddressFilter.addressOf(request));
    try {
      Credential credential = context.getAuthParameters().getCredential();
      if (credential != null) {
        return formSignIn(credential, context);
      }
      Principal sessionPrincipal = request.getUserPrincipal();
      if (sessionPrincipal != null) {
        return continueSession(sessionPrincipal, context);
      }
      String authorization = request.getHeader("Authorization");
      if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
        return basic(authorization.substring(6).strip(), request, response, context);
      }
      if (context.isProtected()) {
        return context.redirect(loginUrl(request));
      }
      return context.doNothing();
    } finally {
      ClientAddress.clear();
    }
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

  private AuthenticationStatus formSignIn(Credential credential, HttpMessageContext context) {
    CredentialValidationResult result = identityStores.validate(credential);
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    context.setRegisterSession(result.getCallerPrincipal().getName(), result.getCallerGroups());
    signIn.signedIn(result.getCallerPrincipal().getName());
    return context.notifyContainerAboutLogin(result);
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
        return context.notifyContainerAboutLogin(result);
      }
    }
    Problem problem =
        problems.of(401, "error.bad-credentials", localeOf(request), request.getRequestURI());
    try {
      response.setStatus(401);
      response.setHeader("WWW-Authenticate", "Basic realm=\"governance\"");
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

package cn.finegov.kernel.interfaces.web;

import cn.finegov.kernel.application.user.SignInResult;
import cn.finegov.kernel.application.user.SignInService;
import cn.finegov.kernel.interfaces.http.PasswordChangeGate;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;

/** The sign-in form. */
@Named("login")
@RequestScoped
public class LoginBean {

  private static final Pattern DOT_DOT_SEGMENT = Pattern.compile("/\\.\\.(?:[/?#;]|$)");

  @Inject private SecurityContext securityContext;
  @Inject private Faces faces;

  private String username;
  private String password;
  private String next;
  private String ended;

  public void submit() throws IOException {
    FacesContext context = FacesContext.getCurrentInstance();
    ExternalContext external = context.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    HttpServletResponse response = (HttpServletResponse) external.getResponse();
    if (request.getSession(false) != null) {
      // A session that existed before sign-in gets a new identifier (no session fixation).
      request.changeSessionId();
    }
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            response,
            AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(username, new Password(password))));
    password = null;
    switch (status) {
      case SEND_CONTINUE -> context.responseComplete();
      case SUCCESS ->
          external.redirect(
              PasswordChangeGate.required(request)
                  ? external.getRequestContextPath() + PasswordChangeGate.PAGE
                  : safeNext(external.getRequestContextPath()));
      default -> {
        SignInResult.Refused refused =
            SignInService.takeLastResult()
                .filter(SignInResult.Refused.class::isInstance)
                .map(SignInResult.Refused.class::cast)
                .orElse(new SignInResult.Refused("login.failed"));
        faces.error(refused.messageKey(), refused.arguments());
      }
    }
  }

  /**
   * Where to go after sign-in: the screen that sent the user here, if it is a page of this
   * application (never another site), otherwise the dashboard.
   */
  String safeNext(String contextPath) {
    if (next != null
        && next.startsWith(contextPath + "/")
        && !next.contains("//")
        && !next.contains("\\")
        && !next.contains("/login.xhtml")
        && !next.contains("/api/")
        && !leavesTheApplication(next)) {
      return next;
    }
    return contextPath + "/index.xhtml";
  }

  /**
   * Whether the browser, resolving the path, could end up outside it: a {@code ..} segment (also
   * percent-encoded) climbs out of the context path, and tabs or line breaks are dropped by
   * browsers before they resolve the rest.
   */
  private static boolean leavesTheApplication(String path) {
    return DOT_DOT_SEGMENT.matcher(path.replaceAll("(?i)%2e", ".")).find()
        || path.chars().anyMatch(Character::isISOControl);
  }

  /** The bundle key of the notice about the session that ended, or {@code null}. */
  public String getEndedNotice() {
    if ("replaced".equals(ended)) {
      return "login.session.replaced";
    }
    if ("expired".equals(ended)) {
      return "login.session.expired";
    }
    return null;
  }

  public String getEnded() {
    return ended;
  }

  public void setEnded(String ended) {
    this.ended = ended;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}

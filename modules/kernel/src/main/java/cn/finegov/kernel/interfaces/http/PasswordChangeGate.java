package cn.finegov.kernel.interfaces.http;

import jakarta.faces.application.ResourceHandler;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Keeps a person who must choose a new password (first sign-in, a password set by an administrator,
 * an expired one) on the password page until he has. The flag is set at sign-in (in the session for
 * screens, on the request for HTTP Basic) and read here for screens and by the REST layer for the
 * API.
 */
@WebFilter(filterName = "PasswordChangeGate", urlPatterns = "*.xhtml", asyncSupported = true)
public class PasswordChangeGate extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** Session and request attribute: the person must change his password. */
  public static final String REQUIRED = "governance.password-change-required";

  /** The page where he does. */
  public static final String PAGE = "/kernel/account/password.xhtml";

  /** Whether the request comes from somebody who must change his password first. */
  public static boolean required(HttpServletRequest request) {
    if (Boolean.TRUE.equals(request.getAttribute(REQUIRED))) {
      return true;
    }
    HttpSession session = request.getSession(false);
    return session != null && Boolean.TRUE.equals(session.getAttribute(REQUIRED));
  }

  /** Lifts the requirement after the password was changed. */
  public static void satisfied(HttpServletRequest request) {
    request.removeAttribute(REQUIRED);
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(REQUIRED);
    }
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getServletPath();
    boolean allowed =
        PAGE.equals(path)
            || "/login.xhtml".equals(path)
            || path.startsWith("/error/")
            || path.startsWith(ResourceHandler.RESOURCE_IDENTIFIER);
    if (allowed || !required(request)) {
      chain.doFilter(request, response);
      return;
    }
    String target = request.getContextPath() + PAGE;
    if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
      response.setContentType("text/xml");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response
          .getWriter()
          .write(
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                  + target
                  + "\"/></partial-response>");
      return;
    }
    response.sendRedirect(target);
  }
}

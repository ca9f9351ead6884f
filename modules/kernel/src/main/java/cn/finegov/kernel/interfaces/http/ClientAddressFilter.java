package cn.finegov.kernel.interfaces.http;

import cn.finegov.kernel.api.security.Actor;
import cn.finegov.kernel.application.security.ClientAddress;
import cn.finegov.kernel.application.security.CurrentActorContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Makes the client address of each request available to the audit log, and bounds the per-request
 * cache of the signed-in person to the request. Behind a reverse proxy listed in {@code
 * governance.http.trusted-proxies} (comma-separated addresses), the first address of {@code
 * X-Forwarded-For} is the client; from anywhere else the header is ignored, so that a client cannot
 * forge its address.
 */
@WebFilter(filterName = "ClientAddressFilter", urlPatterns = "/*", asyncSupported = true)
public class ClientAddressFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /**
   * The request attribute in which the authentication mechanism leaves the actor it has just looked
   * up for an API key, so that the request does not look the key up again.
   */
  static final String AUTHENTICATED_ACTOR = ClientAddressFilter.class.getName() + ".actor";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    ClientAddress.set(addressOf(request));
    CurrentActorContext.beginRequest(
        request::getUserPrincipal,
        request.getAttribute(AUTHENTICATED_ACTOR) instanceof Actor actor ? actor : null);
    try {
      chain.doFilter(request, response);
    } finally {
      ClientAddress.clear();
      CurrentActorContext.endRequest();
    }
  }

  /** The client's address as the audit log records it. */
  static String addressOf(HttpServletRequest request) {
    String remote = request.getRemoteAddr();
    String forwarded = request.getHeader("X-Forwarded-For");
    if (forwarded != null && !forwarded.isBlank() && trustedProxies().contains(remote)) {
      String first = forwarded.split(",")[0].strip();
      if (!first.isEmpty() && first.length() <= 64) {
        return first;
      }
    }
    return remote;
  }

  private static Set<String> trustedProxies() {
    return ConfigProvider.getConfig()
        .getOptionalValue("governance.http.trusted-proxies", String.class)
        .map(list -> Arrays.stream(list.split(",")).map(String::strip).collect(Collectors.toSet()))
        .orElse(Set.of());
  }
}

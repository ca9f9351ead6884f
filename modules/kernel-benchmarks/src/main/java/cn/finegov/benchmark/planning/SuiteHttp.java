package cn.finegov.benchmark.planning;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.Executors;

/**
 * The suite's HTTP interfaces as the planning harnesses use them: the REST API ({@code
 * /governance/api/v1}, HTTP Basic or an API key, JSON read with Jackson) and the Faces screens
 * ({@code /governance/...xhtml}, a form sign-in whose session cookie the client keeps). Java's
 * HttpClient, HTTP/1.1, no external tool.
 */
final class SuiteHttp {

  static final ObjectMapper JSON = new ObjectMapper();

  /** An answer: status and body. */
  record Reply(int status, String body) {

    boolean ok() {
      return status / 100 == 2;
    }

    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new IllegalStateException("Not JSON: " + this, e);
      }
    }

    /** The JSON body of a successful answer, else an exception naming {@code what}. */
    JsonNode require(String what) {
      if (!ok()) {
        throw new IllegalStateException(what + ": " + this);
      }
      return json();
    }

    @Override
    public String toString() {
      return status + " " + (body.length() > 400 ? body.substring(0, 400) + "…" : body);
    }
  }

  private final String context;
  private final HttpClient api;
  private final HttpClient screens;

  SuiteHttp(String server) {
    this.context = server + "/governance";
    this.api =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .executor(Executors.newFixedThreadPool(4))
            .build();
    this.screens =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  static String apiKey(String secret) {
    return "ApiKey " + secret;
  }

  static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** A REST call below {@code /api/v1}; {@code json} null for a call without a body. */
  Reply call(String authorization, String method, String path, Object json) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(context + "/api/v1" + path))
            .timeout(Duration.ofSeconds(120))
            .header("Authorization", authorization)
            .header("Accept", "application/json");
    if (json == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      String text;
      try {
        text = json instanceof String s ? s : JSON.writeValueAsString(json);
      } catch (IOException e) {
        throw new IllegalArgumentException(e);
      }
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8));
    }
    return send(api, request.build());
  }

  Reply get(String authorization, String path) {
    return call(authorization, "GET", path, null);
  }

  /** A GET of a screen (path below the context root) in the signed-in session. */
  Reply page(String path) {
    return send(
        screens,
        HttpRequest.newBuilder(URI.create(context + path))
            .timeout(Duration.ofSeconds(120))
            .header("Accept", "text/html")
            .GET()
            .build());
  }

  /** A form POST of a screen in the session; {@code ajax} adds the Faces partial-request header. */
  Reply post(String path, Map<String, String> form, boolean ajax) {
    StringJoiner body = new StringJoiner("&");
    form.forEach((name, value) -> body.add(enc(name) + "=" + enc(value)));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(context + path))
            .timeout(Duration.ofSeconds(120))
            .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
    if (ajax) {
      request.header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest");
    }
    return send(screens, request.build());
  }

  /**
   * Signs in on {@code /login.xhtml} as {@code user}: the form's view state from a GET, then the
   * form posted; true when the answer redirects away from the login page.
   */
  boolean signIn(String user, String password) {
    Reply form = page("/login.xhtml");
    String viewState = FacesForms.viewState(form.body());
    if (form.status() != 200 || viewState == null) {
      throw new IllegalStateException("No login form: " + form);
    }
    Reply answer =
        post(
            "/login.xhtml",
            Map.of(
                "login",
                "login",
                "login:next",
                "",
                "login:username",
                user,
                "login:password",
                password,
                "login:submit",
                "",
                "jakarta.faces.ViewState",
                viewState),
            false);
    return answer.status() / 100 == 3 && !answer.body().contains("login:username");
  }

  private static Reply send(HttpClient client, HttpRequest request) {
    try {
      HttpResponse<String> response =
          client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Reply(response.statusCode(), response.body());
    } catch (IOException e) {
      return new Reply(599, e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Reply(599, "interrupted");
    }
  }
}

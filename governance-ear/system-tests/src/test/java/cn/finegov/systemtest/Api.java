package cn.finegov.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/** A REST client of the suite's API as one demo user (or nobody), over plain HTTP. */
public final class Api {

  public static final String DEMO_PASSWORD = "Demo@2026";
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private final String authorization;
  private final String language;

  private Api(String authorization, String language) {
    this.authorization = authorization;
    this.language = language;
  }

  /** Calls as a demo user with the demo password. */
  public static Api as(String username) {
    return withPassword(username, DEMO_PASSWORD);
  }

  public static Api withPassword(String username, String password) {
    String token =
        Base64.getEncoder()
            .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    return new Api("Basic " + token, null);
  }

  /** Calls as an external system with an API key ({@code Authorization: ApiKey <key>}). */
  public static Api withApiKey(String key) {
    return new Api("ApiKey " + key, null);
  }

  public static Api anonymous() {
    return new Api(null, null);
  }

  /** The same caller asking for answers in English. */
  public Api inEnglish() {
    return new Api(authorization, "en");
  }

  /** The server's base address, e.g. {@code http://localhost:28080}. */
  public static String server() {
    return System.getProperty("governance.test.http", "http://localhost:28080");
  }

  /** Sets a kernel setting as this person through REST, failing the test when it is refused. */
  public void kernelSetting(String key, String value) {
    Reply reply = put("/settings/kernel/" + key, json("value", value));
    if (reply.status() != 200) {
      throw new AssertionError("setting " + key + " = " + value + " refused: " + reply);
    }
  }

  /** Base of the REST API. */
  public static String base() {
    return server() + "/governance/api/v1";
  }

  public Reply get(String path) {
    return send(request(path).GET());
  }

  public Reply post(String path, String json) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    json == null ? "" : json, StandardCharsets.UTF_8)));
  }

  public Reply put(String path, String json) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
  }

  public Reply delete(String path) {
    return send(request(path).DELETE());
  }

  /** GET with one extra header (e.g. {@code X-Api-Key}). */
  public Reply getWithHeader(String path, String name, String value) {
    return send(request(path).header(name, value).GET());
  }

  public Reply postBytes(String path, String contentType, byte[] body) {
    return send(
        request(path)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  /** POST with extra headers (e.g. a signature). */
  public Reply postBytes(
      String path, String contentType, byte[] body, java.util.Map<String, String> headers) {
    HttpRequest.Builder builder = request(path).header("Content-Type", contentType);
    headers.forEach(builder::header);
    return send(builder.POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  /** GET of an absolute address on the server (health, OpenAPI). */
  public Reply getAbsolute(String url) {
    return send(builder(URI.create(url)).GET());
  }

  private HttpRequest.Builder request(String path) {
    return builder(URI.create(path.startsWith("http") ? path : base() + path));
  }

  private HttpRequest.Builder builder(URI uri) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60));
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    if (language != null) {
      builder.header("Accept-Language", language);
    }
    return builder;
  }

  private static Reply send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Reply(response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** An answer: status, headers and the body, readable as JSON. */
  public static final class Reply {
    private final HttpResponse<String> response;

    Reply(HttpResponse<String> response) {
      this.response = response;
    }

    public int status() {
      return response.statusCode();
    }

    public String body() {
      return response.body();
    }

    public Optional<String> header(String name) {
      return response.headers().firstValue(name);
    }

    public String contentType() {
      return header("Content-Type").orElse("");
    }

    public JsonObject json() {
      return (JsonObject) parse();
    }

    public JsonArray jsonArray() {
      return (JsonArray) parse();
    }

    private JsonStructure parse() {
      try (var reader = Json.createReader(new StringReader(body()))) {
        return reader.read();
      } catch (RuntimeException e) {
        throw new AssertionError("Not JSON (" + status() + "): " + body(), e);
      }
    }

    @Override
    public String toString() {
      return status() + " " + body();
    }
  }

  /**
   * A JSON object literal from key/value pairs; values are strings, numbers, booleans, null or
   * JsonValue.
   */
  public static String json(Object... pairs) {
    var object = Json.createObjectBuilder();
    for (int i = 0; i < pairs.length; i += 2) {
      String key = (String) pairs[i];
      Object value = pairs[i + 1];
      if (value == null) {
        object.addNull(key);
      } else if (value instanceof String text) {
        object.add(key, text);
      } else if (value instanceof Integer number) {
        object.add(key, number);
      } else if (value instanceof Long number) {
        object.add(key, number);
      } else if (value instanceof Boolean flag) {
        object.add(key, flag);
      } else if (value instanceof JsonValue json) {
        object.add(key, json);
      } else {
        throw new IllegalArgumentException("unsupported value " + value);
      }
    }
    return object.build().toString();
  }
}

package cn.finegov.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import cn.finegov.systemtest.Api.Reply;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.Locale;

/**
 * Accounts made by a test for itself (so that lockouts and password changes never touch the demo
 * accounts other tests use), through the API as the security administrator, and ready to use: the
 * initial password is changed by the account itself, as the policy demands.
 */
public final class Accounts {

  /** The password of accounts made ready with {@link #ready}. */
  public static final String PASSWORD = "Ready#Pass2026";

  /** The initial (temporary) password the security administrator gives. */
  public static final String INITIAL_PASSWORD = "Initial#Pass2026";

  private Accounts() {}

  /** A fresh login name starting with {@code prefix}. */
  public static String newName(String prefix) {
    return (prefix + Codes.unique("").replace("-", "")).toLowerCase(Locale.ROOT);
  }

  /**
   * Creates an account (as {@code secadmin}) with the initial password, which must still be
   * changed.
   *
   * @return its identifier
   */
  public static long create(String username, String unitCode, String... roles) {
    JsonArrayBuilder roleArray = Json.createArrayBuilder();
    for (String role : roles) {
      roleArray.add(role);
    }
    Reply reply =
        Api.as("secadmin")
            .post(
                "/users",
                Api.json(
                    "username",
                    username,
                    "displayName",
                    "测试" + username.substring(Math.max(0, username.length() - 6)),
                    "unitId",
                    unitId(unitCode),
                    "roles",
                    roleArray.build(),
                    "password",
                    INITIAL_PASSWORD));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return reply.json().getJsonNumber("id").longValue();
  }

  /** Creates an account and changes its initial password, so that it can work at once. */
  public static String ready(String prefix, String unitCode, String... roles) {
    String username = newName(prefix);
    create(username, unitCode, roles);
    Reply changed =
        Api.withPassword(username, INITIAL_PASSWORD)
            .put(
                "/account/password",
                Api.json("currentPassword", INITIAL_PASSWORD, "newPassword", PASSWORD));
    assertThat(changed.status()).as(changed.toString()).isEqualTo(204);
    return username;
  }

  /** Calls as an account made by {@link #ready}. */
  public static Api as(String username) {
    return Api.withPassword(username, PASSWORD);
  }

  /**
   * Creates a unit (as {@code sysadmin}) with a fresh code starting with {@code prefix}, below the
   * unit with code {@code parentCode}; returns its code.
   */
  public static String newUnit(String prefix, String name, String type, String parentCode) {
    String code = Codes.unique(prefix);
    Reply created =
        Api.as("sysadmin")
            .post(
                "/org/units",
                Api.json(
                    "code",
                    code,
                    "name",
                    name.replace("{code}", code),
                    "type",
                    type,
                    "parentId",
                    unitId(parentCode)));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return code;
  }

  /** The identifier of a unit, read as the system administrator. */
  public static long unitId(String code) {
    return Api.as("sysadmin")
        .get("/org/units/by-code/" + code)
        .json()
        .getJsonNumber("id")
        .longValue();
  }

  /** The identifier of an account, read as the security administrator. */
  public static long userId(String username) {
    return Api.as("secadmin")
        .get("/users?q=" + username)
        .json()
        .getJsonArray("items")
        .getJsonObject(0)
        .getJsonNumber("id")
        .longValue();
  }
}

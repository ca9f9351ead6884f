package cn.finegov.systemtest.grid;

import static org.assertj.core.api.Assertions.assertThat;

import cn.finegov.systemtest.Api;
import cn.finegov.systemtest.Api.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Categories made by the system tests through the REST API: event categories with major codes 90-99
 * (the shipped file uses 01-06), a fresh code each time (the database keeps earlier runs' codes).
 */
final class GridCategories {

  private GridCategories() {}

  /** The limits of a new category, stage → short form. */
  static JsonObject limits(
      String file, String dispatch, String sign, String handle, String verify) {
    return Json.createObjectBuilder()
        .add("FILE", file)
        .add("DISPATCH", dispatch)
        .add("SIGN", sign)
        .add("HANDLE", handle)
        .add("VERIFY", verify)
        .build();
  }

  static String body(
      String code, String name, JsonObject limits, String defaultUnit, boolean offered) {
    return Api.json(
        "code",
        code,
        "majorName",
        "测试大类",
        "name",
        name,
        "nameEn",
        "Test " + code,
        "limits",
        limits,
        "defaultUnit",
        defaultUnit,
        "publicService",
        offered,
        "active",
        true);
  }

  /** Creates a new event category as the module administrator and returns its code. */
  static String create(String name, String defaultUnit, boolean offered) {
    for (int attempt = 0; attempt < 50; attempt++) {
      String code =
          String.format(
              "E%02d%02d",
              90 + ThreadLocalRandom.current().nextInt(10),
              1 + ThreadLocalRandom.current().nextInt(99));
      Reply created =
          Api.as("modadmin")
              .post(
                  "/grid/categories",
                  body(
                      code,
                      name,
                      limits("30min", "30min", "1h", "2wd", "2h"),
                      defaultUnit,
                      offered));
      if (created.status() == 409) {
        continue;
      }
      assertThat(created.status()).as(created.toString()).isEqualTo(201);
      return code;
    }
    throw new IllegalStateException("no free test category code left in 90-99");
  }
}

package cn.finegov.systemtest.grid;

import static org.assertj.core.api.Assertions.assertThat;

import cn.finegov.systemtest.Api;
import cn.finegov.systemtest.Api.Reply;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Grid trees made by a test for itself: a street, a community and unit grids with codes and
 * outlines no other run uses (a county code of its own, a square far from the demo city and from
 * other runs), created through the REST API as {@code modadmin}.
 */
public final class GridTrees {

  /** A street of a run: its code, and the south-west corner of its 0.02° square. */
  public record Street(String code, double latitude, double longitude) {

    public String community() {
      return code + "001";
    }

    /** Unit grid {@code n} (1 or 2): the west or east half of the community. */
    public String unit(int n) {
      return community() + String.format(Locale.ROOT, "%03d", n);
    }

    /** The outline of the street (and its community): the whole square. */
    public JsonObject square() {
      return box(latitude, longitude, latitude + 0.02, longitude + 0.02);
    }

    /** The outline of unit grid {@code n}: one half of the square. */
    public JsonObject half(int n) {
      double west = longitude + (n - 1) * 0.01;
      return box(latitude, west, latitude + 0.02, west + 0.01);
    }

    /** A point inside unit grid {@code n}. */
    public double[] inside(int n) {
      return new double[] {latitude + 0.01, longitude + (n - 1) * 0.01 + 0.005};
    }
  }

  private GridTrees() {}

  /** A fresh street code (county 98xxxx, unused) and square (latitude 40–45, longitude 95–105). */
  public static Street newStreet() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    for (int attempt = 0; attempt < 20; attempt++) {
      String code =
          String.format(Locale.ROOT, "98%04d%03d", random.nextInt(10_000), 1 + random.nextInt(999));
      if (Api.as("modadmin").get("/grid/grids/" + code).status() == 404) {
        return new Street(code, 40 + random.nextInt(250) * 0.02, 95 + random.nextInt(500) * 0.02);
      }
    }
    throw new AssertionError("no free street code");
  }

  /** A closed rectangle as a GeoJSON Polygon. */
  public static JsonObject box(double south, double west, double north, double east) {
    JsonArrayBuilder ring =
        Json.createArrayBuilder()
            .add(Json.createArrayBuilder().add(west).add(south))
            .add(Json.createArrayBuilder().add(east).add(south))
            .add(Json.createArrayBuilder().add(east).add(north))
            .add(Json.createArrayBuilder().add(west).add(north))
            .add(Json.createArrayBuilder().add(west).add(south));
    return Json.createObjectBuilder()
        .add("type", "Polygon")
        .add("coordinates", Json.createArrayBuilder().add(ring))
        .build();
  }

  /** The body of a new grid. */
  public static String grid(String code, String name, String unitCode, JsonObject outline) {
    return Api.json(
        "code",
        code,
        "name",
        name,
        "unitCode",
        unitCode,
        "outline",
        outline == null ? null : outline);
  }

  /** Creates a grid that must be accepted. */
  public static JsonObject create(String code, String name, String unitCode, JsonObject outline) {
    Reply reply = Api.as("modadmin").post("/grid/grids", grid(code, name, unitCode, outline));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return reply.json();
  }

  /** A street with its community and two unit grids, owned by the demo street 望江街道. */
  public static Street newTree() {
    return newTree("990102001", "990102001001");
  }

  /**
   * A street with its community and two unit grids; the street grid and the others owned by these
   * units.
   */
  public static Street newTree(String streetUnit, String communityUnit) {
    Street street = newStreet();
    create(street.code(), "测试街道" + street.code(), streetUnit, null);
    create(street.community(), "测试社区", communityUnit, street.square());
    create(street.unit(1), "测试西网格", communityUnit, street.half(1));
    create(street.unit(2), "测试东网格", communityUnit, street.half(2));
    return street;
  }
}

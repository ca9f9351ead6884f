package cn.finegov.systemtest.grid;

import static org.assertj.core.api.Assertions.assertThat;

import cn.finegov.systemtest.Api;
import cn.finegov.systemtest.Api.Reply;
import cn.finegov.systemtest.Deployments;
import cn.finegov.systemtest.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The Open311 GeoReport v2 server on PostgreSQL: services and definitions in JSON and XML, a
 * request posted with an API key becomes a case and reads back without personal data, the filters,
 * and malformed requests answered in the specification's error format with nothing stored.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GridOpen311IT {

  private static final String BASE = "/open311/v2/";
  private static final String PHONE = "13912345678";
  private static final String EMAIL = "zhang.san@example.cn";

  private static String service;
  private static String key;

  @Deployment(name = Deployments.SHARED, testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @BeforeAll
  static void aPublicServiceAndAKey() {
    service = GridCategories.create("测试井盖缺失", "990102-CG", true);
    Reply issued =
        Api.as("secadmin")
            .post(
                "/api-keys",
                Api.json(
                    "systemName",
                    "城管随手拍",
                    "description",
                    "Open311 测试",
                    "unitId",
                    null,
                    "permissions",
                    Json.createArrayBuilder().add("grid.case.report").build()));
    assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
    key = issued.json().getString("secret");
  }

  @Test
  void servicesAndDefinitionsInJsonAndXml() throws Exception {
    Reply json = Api.anonymous().get(BASE + "services.json");
    assertThat(json.status()).as(json.toString()).isEqualTo(200);
    assertThat(json.contentType()).startsWith("application/json");
    JsonObject mine =
        json.jsonArray().getValuesAs(JsonObject.class).stream()
            .filter(s -> s.getString("service_code").equals(service))
            .findFirst()
            .orElseThrow();
    assertThat(mine.getString("service_name")).isEqualTo("测试井盖缺失");
    assertThat(mine.getString("group")).isEqualTo("测试大类");
    assertThat(mine.getBoolean("metadata")).isFalse();
    assertThat(mine.getString("type")).isEqualTo("realtime");
    assertThat(mine.getString("keywords")).contains("测试井盖缺失");

    Reply english = Api.anonymous().inEnglish().get(BASE + "services.json");
    assertThat(english.body()).contains("Test " + service);

    Reply xml = Api.anonymous().get(BASE + "services.xml");
    assertThat(xml.status()).isEqualTo(200);
    assertThat(xml.contentType()).startsWith("text/xml");
    assertThat(xml.body()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    Document services = parse(xml.body());
    assertThat(services.getDocumentElement().getTagName()).isEqualTo("services");
    boolean listed = false;
    for (int i = 0; i < services.getElementsByTagName("service").getLength(); i++) {
      Element element = (Element) services.getElementsByTagName("service").item(i);
      if (text(element, "service_code").equals(service)) {
        listed = true;
        assertThat(text(element, "metadata")).isEqualTo("false");
        assertThat(text(element, "group")).isEqualTo("测试大类");
      }
    }
    assertThat(listed).isTrue();

    Reply definition = Api.anonymous().get(BASE + "services/" + service + ".json");
    assertThat(definition.status()).isEqualTo(200);
    assertThat(definition.json().getString("service_code")).isEqualTo(service);
    assertThat(definition.json().getJsonArray("attributes")).isEmpty();
    Reply definitionXml = Api.anonymous().get(BASE + "services/" + service + ".xml");
    assertThat(parse(definitionXml.body()).getDocumentElement().getTagName())
        .isEqualTo("service_definition");

    Reply unknown = Api.anonymous().get(BASE + "services/E0000.json");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.jsonArray().getJsonObject(0).getInt("code")).isEqualTo(404);
    assertThat(unknown.jsonArray().getJsonObject(0).getString("description")).contains("E0000");
  }

  @Test
  void aPostedRequestBecomesACaseAndReadsBackWithoutPersonalData() throws Exception {
    Reply posted =
        post(BASE + "requests.json", form(service, "30.2741", "120.1551", "井盖缺失，有人险些踩空"));
    assertThat(posted.status()).as(posted.toString()).isEqualTo(200);
    JsonObject answer = posted.jsonArray().getJsonObject(0);
    String id = answer.getString("service_request_id");
    String token = answer.getString("token");
    assertThat(id).matches("[0-9]{6}-20[0-9]{2}-[0-9]{6,}");
    assertThat(answer.getString("service_notice")).contains(id).contains("2wd");

    Reply one = Api.anonymous().get(BASE + "requests/" + id + ".json");
    assertThat(one.status()).as(one.toString()).isEqualTo(200);
    JsonObject request = one.jsonArray().getJsonObject(0);
    assertThat(request.getString("service_request_id")).isEqualTo(id);
    assertThat(request.getString("service_code")).isEqualTo(service);
    assertThat(request.getString("status")).isEqualTo("open");
    assertThat(request.getString("description")).isEqualTo("井盖缺失，有人险些踩空");
    assertThat(request.getJsonNumber("lat").doubleValue()).isEqualTo(30.2741);
    assertThat(request.getString("media_url")).isEqualTo("https://photos.example.cn/a.jpg");
    assertThat(OffsetDateTime.parse(request.getString("requested_datetime"))).isNotNull();
    assertThat(one.body()).doesNotContain(PHONE).doesNotContain(EMAIL).doesNotContain("张三");

    Reply xml = Api.anonymous().get(BASE + "requests/" + id + ".xml");
    assertThat(xml.status()).isEqualTo(200);
    Document document = parse(xml.body());
    assertThat(document.getDocumentElement().getTagName()).isEqualTo("service_requests");
    Element element = (Element) document.getElementsByTagName("request").item(0);
    assertThat(text(element, "service_request_id")).isEqualTo(id);
    assertThat(text(element, "status")).isEqualTo("open");
    assertThat(xml.body()).doesNotContain(PHONE).doesNotContain(EMAIL).doesNotContain("张三");

    Reply byToken = Api.anonymous().get(BASE + "tokens/" + token + ".json");
    assertThat(byToken.status()).isEqualTo(200);
    assertThat(byToken.jsonArray().getJsonObject(0).getString("service_request_id")).isEqualTo(id);
    assertThat(Api.anonymous().get(BASE + "tokens/no-such-token.xml").status()).isEqualTo(404);
  }

  @Test
  void theFiltersOfGetRequests() {
    Reply posted = post(BASE + "requests.json", form(service, "30.2851", "120.1651", "路面有积水"));
    assertThat(posted.status()).as(posted.toString()).isEqualTo(200);
    String id = posted.jsonArray().getJsonObject(0).getString("service_request_id");

    assertThat(ids(BASE + "requests.json?service_request_id=" + id)).containsExactly(id);
    assertThat(ids(BASE + "requests.json?service_code=" + service)).contains(id);
    assertThat(ids(BASE + "requests.json?service_code=" + service + "&status=open")).contains(id);
    assertThat(ids(BASE + "requests.json?service_request_id=" + id + "&status=closed")).isEmpty();
    String now = OffsetDateTime.now().minusMinutes(10).toString();
    String later = OffsetDateTime.now().plusDays(1).toString();
    assertThat(ids(BASE + "requests.json?service_code=" + service + "&start_date=" + enc(now)))
        .contains(id);
    assertThat(ids(BASE + "requests.json?service_code=" + service + "&start_date=" + enc(later)))
        .isEmpty();
    assertThat(ids(BASE + "requests.json")).contains(id);

    Reply badDate = Api.anonymous().get(BASE + "requests.json?start_date=yesterday");
    assertThat(badDate.status()).isEqualTo(400);
    assertThat(badDate.jsonArray().getJsonObject(0).getString("description"))
        .contains("start_date");
    Reply badStatus = Api.anonymous().get(BASE + "requests.xml?status=pending");
    assertThat(badStatus.status()).isEqualTo(400);
    assertThat(badStatus.body()).contains("<errors><error><code>400</code>");
    Reply unknownCode = Api.anonymous().get(BASE + "requests.json?service_code=X1");
    assertThat(unknownCode.status()).isEqualTo(400);
    assertThat(Api.anonymous().get(BASE + "requests/990102-1999-000001.json").status())
        .isEqualTo(404);
  }

  @Test
  void malformedRequestsAreRefusedInTheSpecFormatAndStoreNothing() throws Exception {
    long casesBefore = count("grd_case");
    long requestsBefore = count("grd_open311_request");

    Reply noCode = post(BASE + "requests.json", form(null, "30.2", "120.1", "无类别"));
    assertThat(noCode.status()).isEqualTo(400);
    assertThat(noCode.jsonArray().getJsonObject(0).getInt("code")).isEqualTo(400);
    assertThat(noCode.jsonArray().getJsonObject(0).getString("description"))
        .contains("service_code");

    Reply unknown = post(BASE + "requests.json", form("E0000", "30.2", "120.1", "未知类别"));
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.jsonArray().getJsonObject(0).getInt("code")).isEqualTo(404);

    Reply badLatitude = post(BASE + "requests.xml", form(service, "91.5", "120.1", "纬度越界"));
    assertThat(badLatitude.status()).isEqualTo(400);
    Document errors = parse(badLatitude.body());
    assertThat(errors.getDocumentElement().getTagName()).isEqualTo("errors");
    assertThat(text((Element) errors.getElementsByTagName("error").item(0), "description"))
        .contains("91.5");

    Reply words = post(BASE + "requests.json", form(service, "north", "120.1", "纬度不是数"));
    assertThat(words.status()).isEqualTo(400);
    Reply noPlace = post(BASE + "requests.json", form(service, null, null, "没有位置"));
    assertThat(noPlace.status()).isEqualTo(400);
    Reply noText = post(BASE + "requests.json", form(service, "30.2", "120.1", null));
    assertThat(noText.status()).isEqualTo(400);
    Reply badFormat = post(BASE + "requests.yaml", form(service, "30.2", "120.1", "格式不对"));
    assertThat(badFormat.status()).isEqualTo(400);
    assertThat(badFormat.jsonArray().getJsonObject(0).getString("description")).contains("yaml");
    Reply noFormat = Api.anonymous().get(BASE + "services");
    assertThat(noFormat.status()).isEqualTo(400);

    Reply noKey =
        Api.anonymous()
            .postBytes(
                BASE + "requests.json",
                "application/x-www-form-urlencoded",
                form(service, "30.2", "120.1", "没有密钥").getBytes(StandardCharsets.UTF_8));
    assertThat(noKey.status()).isEqualTo(403);
    assertThat(noKey.jsonArray().getJsonObject(0).getInt("code")).isEqualTo(403);
    assertThat(noKey.jsonArray().getJsonObject(0).getString("description")).contains("api_key");

    Reply readOnlyKey =
        Api.withApiKey(readOnlyKey())
            .postBytes(
                BASE + "requests.json",
                "application/x-www-form-urlencoded",
                form(service, "30.2", "120.1", "密钥无上报权限").getBytes(StandardCharsets.UTF_8));
    assertThat(readOnlyKey.status()).isEqualTo(403);

    assertThat(count("grd_case")).isEqualTo(casesBefore);
    assertThat(count("grd_open311_request")).isEqualTo(requestsBefore);
  }

  /**
   * The key as the specification sends it, a form field {@code api_key}; the Chinese text of the
   * same form arrives intact. A key in the query string (where access logs keep it) is not taken.
   */
  @Test
  void theKeyIsAcceptedAsTheApiKeyField() throws Exception {
    String body = form(service, "30.2951", "120.1751", "表单中的密钥") + "&api_key=" + enc(key);
    Reply posted =
        Api.anonymous()
            .postBytes(
                BASE + "requests.json",
                "application/x-www-form-urlencoded",
                body.getBytes(StandardCharsets.UTF_8));
    assertThat(posted.status()).as(posted.toString()).isEqualTo(200);
    String id = posted.jsonArray().getJsonObject(0).getString("service_request_id");
    JsonObject stored =
        Api.anonymous().get(BASE + "requests/" + id + ".json").jsonArray().getJsonObject(0);
    assertThat(stored.getString("description")).isEqualTo("表单中的密钥");

    long casesBefore = count("grd_case");
    Reply inQuery =
        Api.anonymous()
            .postBytes(
                BASE + "requests.json?api_key=" + enc(key),
                "application/x-www-form-urlencoded",
                form(service, "30.2951", "120.1751", "查询串中的密钥").getBytes(StandardCharsets.UTF_8));
    assertThat(inQuery.status()).isEqualTo(403);
    assertThat(count("grd_case")).isEqualTo(casesBefore);
  }

  // --- helpers --------------------------------------------------------------------------------

  private static Reply post(String path, String form) {
    return Api.withApiKey(key)
        .postBytes(
            path, "application/x-www-form-urlencoded", form.getBytes(StandardCharsets.UTF_8));
  }

  private static String form(String code, String lat, String lon, String description) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("service_code", code);
    fields.put("lat", lat);
    fields.put("long", lon);
    fields.put("address_string", "望江路12号门前");
    fields.put("description", description);
    fields.put("media_url", "https://photos.example.cn/a.jpg");
    fields.put("email", EMAIL);
    fields.put("phone", PHONE);
    fields.put("first_name", "三");
    fields.put("last_name", "张");
    return fields.entrySet().stream()
        .filter(e -> e.getValue() != null)
        .map(e -> e.getKey() + "=" + enc(e.getValue()))
        .collect(Collectors.joining("&"));
  }

  private static String readOnlyKey() {
    Reply issued =
        Api.as("secadmin")
            .post(
                "/api-keys",
                Api.json(
                    "systemName",
                    "只读系统",
                    "description",
                    "Open311 测试",
                    "unitId",
                    null,
                    "permissions",
                    Json.createArrayBuilder().add("grid.reference.read").build()));
    assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
    return issued.json().getString("secret");
  }

  private static java.util.List<String> ids(String path) {
    Reply reply = Api.anonymous().get(path);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    JsonArray rows = reply.jsonArray();
    return rows.getValuesAs(JsonObject.class).stream()
        .map(r -> r.getString("service_request_id"))
        .toList();
  }

  private static long count(String table) throws Exception {
    try (Connection connection = TestDatabase.connect();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static Document parse(String xml) throws Exception {
    return DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  private static String text(Element parent, String tag) {
    return parent.getElementsByTagName(tag).item(0).getTextContent();
  }

  private static String enc(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}

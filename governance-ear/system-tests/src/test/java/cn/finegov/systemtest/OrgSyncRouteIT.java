package cn.finegov.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.finegov.simulators.egov.DirectoryFile;
import cn.finegov.simulators.egov.EgovSftpServer;
import cn.finegov.systemtest.Api.Reply;
import jakarta.json.JsonObject;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The organisation directory sync from the e-government platform, end to end: the platform drops
 * CSV files (GBK or UTF-8, its own column names) into the exchange directory or onto its SFTP
 * server; units are created, updated and dissolved with an audit entry per change; the same file
 * twice changes nothing; bad rows go to the dead letters with their line and reason while good rows
 * are imported; a dead letter is replayed once its cause is fixed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrgSyncRouteIT {

  private static final Charset GBK = Charset.forName("GBK");
  private static final Path EXCHANGE =
      Path.of(
          System.getProperty("governance.test.var", "target/test-var"),
          "exchange",
          "egov",
          "orgsync");
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  private final Api admin = Api.as("sysadmin");
  private final Api auditor = Api.as("auditadmin");

  @Deployment(name = Deployments.SHARED, testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @Test
  void aGbkFileCreatesTheUnitsInParentOrderWithAnAuditEntryEach() {
    String street = Codes.unique("ST");
    String code1 = Codes.unique("GBK");
    String code2 = Codes.unique("GBK");
    DirectoryFile file =
        new DirectoryFile()
            .unit(code1, "新建社区甲居委会", "甲社区", "社区", street, 1, "正常")
            .unit(street, "新建街道办事处", "新建街道", "街道", "990105", 8, "正常")
            .unit(code2, "新建社区乙居委会", "乙社区", "社区", street, 2, "正常");

    JsonObject imported = drop(file.bytes(GBK), "directory-gbk.csv");

    assertThat(imported.getString("status")).isEqualTo("APPLIED");
    assertThat(imported.getString("charset")).isEqualTo("GB18030");
    assertThat(imported.getInt("created")).isEqualTo(3);
    JsonObject community = unit(code1).orElseThrow();
    assertThat(community.getString("name")).isEqualTo("新建社区甲居委会");
    assertThat(community.getJsonNumber("parentId").longValue())
        .isEqualTo(unit(street).orElseThrow().getJsonNumber("id").longValue());
    for (String code : List.of(street, code1, code2)) {
      long id = unit(code).orElseThrow().getJsonNumber("id").longValue();
      JsonObject entries =
          auditor.get("/audit?entityType=OrgUnit&action=CREATE&entityId=" + id).json();
      assertThat(entries.getInt("total")).isEqualTo(1);
      assertThat(entries.getJsonArray("items").getJsonObject(0).getString("actor"))
          .isEqualTo("system:egov-orgsync");
    }
  }

  @Test
  void aLaterFileRenamesAndMovesAUnitAndTheAuditKeepsBeforeAndAfter() {
    String code = Codes.unique("RN");
    drop(
        new DirectoryFile()
            .unit(code, "原名称部门", "原名", "部门", "990100", 70, "正常")
            .bytes(StandardCharsets.UTF_8),
        "rename-1.csv");
    long id = unit(code).orElseThrow().getJsonNumber("id").longValue();

    JsonObject changed =
        drop(
            new DirectoryFile()
                .unit(code, "新名称部门", "新名", "部门", "990102", 71, "正常")
                .bytes(StandardCharsets.UTF_8),
            "rename-2.csv");

    assertThat(changed.getInt("updated")).isEqualTo(1);
    JsonObject unit = unit(code).orElseThrow();
    assertThat(unit.getString("name")).isEqualTo("新名称部门");
    assertThat(unit.getJsonNumber("parentId").longValue())
        .isEqualTo(OrganisationApiIT.idOf("990102"));
    JsonObject entry =
        auditor
            .get("/audit?entityType=OrgUnit&action=UPDATE&entityId=" + id)
            .json()
            .getJsonArray("items")
            .getJsonObject(0);
    assertThat(entry.getString("before")).contains("原名称部门");
    assertThat(entry.getString("after")).contains("新名称部门");
    assertThat(entry.getString("actor")).isEqualTo("system:egov-orgsync");
  }

  @Test
  void theSameFileTwiceChangesNothing() {
    String code = Codes.unique("TW");
    byte[] content =
        new DirectoryFile()
            .unit(code, "两次送达部门", "两次", "部门", "990100", 30, "正常")
            .bytes(StandardCharsets.UTF_8);
    JsonObject first = drop(content, "twice-1.csv");
    long version = unit(code).orElseThrow().getJsonNumber("version").longValue();
    int auditBefore = syncAuditCount();

    JsonObject second = drop(content, "twice-2.csv");
    JsonObject reordered =
        drop(
            new DirectoryFile()
                .line("")
                .unit(code, "两次送达部门", "两次", "部门", "990100", 30, "正常")
                .bytes(StandardCharsets.UTF_8),
            "twice-3.csv");

    assertThat(first.getInt("created")).isEqualTo(1);
    assertThat(second.getString("status")).isEqualTo("DUPLICATE");
    assertThat(second.getString("messageId")).isEqualTo(first.getString("messageId"));
    assertThat(reordered.getString("status")).isEqualTo("APPLIED");
    assertThat(reordered.getInt("unchanged")).isEqualTo(1);
    assertThat(reordered.getInt("created") + reordered.getInt("updated")).isZero();
    assertThat(unit(code).orElseThrow().getJsonNumber("version").longValue()).isEqualTo(version);
    assertThat(syncAuditCount()).isEqualTo(auditBefore);
  }

  @Test
  void badRowsGoToTheDeadLettersWithTheirLineAndTheGoodRowsAreImported() {
    String good1 = Codes.unique("OK");
    String good2 = Codes.unique("OK");
    String dissolved = Codes.unique("DS");
    drop(
        new DirectoryFile()
            .unit(dissolved, "待撤销部门", null, "部门", "990100", 40, "正常")
            .bytes(StandardCharsets.UTF_8),
        "before-bad.csv");
    DirectoryFile file =
        new DirectoryFile()
            .unit(good1, "好行一", null, "部门", "990100", 1, "正常")
            .unit(Codes.unique("TY"), "类型不明", null, "星际", "990100", 2, "正常")
            .unit(Codes.unique("NP"), "上级不存在", null, "部门", "NO-SUCH-PARENT", 3, "正常")
            .line("BAD CODE!,代码不合法,,部门,990100,4,正常")
            .unit(good2, "好行二", null, "部门", "990100", 5, "正常")
            .unit(dissolved, "待撤销部门", null, "部门", "990100", 40, "撤销");
    String fileName = "bad-rows-" + Codes.unique("") + ".csv";

    JsonObject imported = drop(file.bytes(StandardCharsets.UTF_8), fileName);

    assertThat(imported.getString("status")).isEqualTo("PARTIAL");
    assertThat(imported.getInt("created")).isEqualTo(2);
    assertThat(imported.getInt("deactivated")).isEqualTo(1);
    assertThat(imported.getInt("rejected")).isEqualTo(3);
    assertThat(unit(good1)).isPresent();
    assertThat(unit(good2)).isPresent();
    assertThat(unit(dissolved).orElseThrow().getBoolean("active")).isFalse();
    List<JsonObject> letters = deadLetters(fileName);
    assertThat(letters)
        .extracting(letter -> letter.getString("reference"))
        .containsExactlyInAnyOrder("第 3 行", "第 4 行", "第 5 行");
    assertThat(letters)
        .filteredOn(letter -> letter.getString("reference").equals("第 3 行"))
        .singleElement()
        .satisfies(
            letter -> {
              assertThat(letter.getString("reason")).contains("机构类型“星际”");
              assertThat(letter.getString("body")).contains("类型不明");
              assertThat(letter.getString("status")).isEqualTo("OPEN");
            });
    assertThat(letters)
        .filteredOn(letter -> letter.getString("reference").equals("第 4 行"))
        .singleElement()
        .satisfies(
            letter -> assertThat(letter.getString("reason")).contains("上级单位 NO-SUCH-PARENT 不存在"));
  }

  @Test
  void aDeadLetterReplayedAfterItsCauseIsFixedIsApplied() {
    String parent = Codes.unique("PA");
    String child = Codes.unique("CH");
    String fileName = "orphan-" + Codes.unique("") + ".csv";
    drop(
        new DirectoryFile()
            .unit(child, "先到的下级部门", null, "部门", parent, 1, "正常")
            .bytes(StandardCharsets.UTF_8),
        fileName);
    JsonObject letter = deadLetters(fileName).get(0);
    assertThat(letter.getString("reason")).contains("上级单位 " + parent + " 不存在");

    Reply created =
        admin.post(
            "/org/units",
            Api.json(
                "code",
                parent,
                "name",
                "后到的上级部门",
                "type",
                "DEPARTMENT",
                "parentId",
                OrganisationApiIT.idOf("990100")));
    assertThat(created.status()).isEqualTo(201);
    Reply replay =
        admin.post("/integration/dead-letters/" + letter.getJsonNumber("id") + "/replay", "");

    assertThat(replay.status()).as(replay.toString()).isEqualTo(200);
    assertThat(replay.json().getString("status")).isEqualTo("REPLAYED");
    await().atMost(PATIENCE).until(() -> unit(child).isPresent());
    assertThat(unit(child).orElseThrow().getJsonNumber("parentId").longValue())
        .isEqualTo(created.json().getJsonNumber("id").longValue());
    assertThat(
            admin
                .get("/integration/dead-letters/" + letter.getJsonNumber("id"))
                .json()
                .getString("status"))
        .isEqualTo("REPLAYED");
  }

  @Test
  void aFileWithoutTheRequiredColumnsIsKeptWholeInTheDeadLetters() {
    String fileName = "no-parent-column-" + Codes.unique("") + ".csv";
    String text = "机构代码,机构名称,机构类型\r\nX1,某部门,部门\r\n";

    JsonObject imported = drop(text.getBytes(StandardCharsets.UTF_8), fileName);

    assertThat(imported.getString("status")).isEqualTo("FAILED");
    assertThat(imported.getString("note")).contains("上级机构代码");
    JsonObject letter = deadLetters(fileName).get(0);
    assertThat(letter.getString("reason")).contains("缺少必需的列：上级机构代码");
    assertThat(letter.getString("body")).isEqualTo(text);
    assertThat(letter.getString("replayTarget")).isEqualTo("direct:egov-orgsync-parse");
  }

  @Test
  void filesOnThePlatformsSftpServerAreImportedToo() throws Exception {
    Path root = Path.of(System.getProperty("governance.test.sftp.root", "target/egov-sftp/root"));
    String code = Codes.unique("SF");
    try (EgovSftpServer server = EgovSftpServer.start(28222, "egov", "egov-sftp-test", root)) {
      new DirectoryFile()
          .unit(code, "经SFTP同步的部门", null, "部门", "990100", 50, "正常")
          .writeTo(root.resolve("orgsync"), "sftp-directory.csv", GBK);

      await().atMost(PATIENCE).until(() -> unit(code).isPresent());
      await()
          .atMost(PATIENCE)
          .until(() -> !Files.exists(root.resolve("orgsync/sftp-directory.csv")));
    }
    JsonObject imported = importOf("sftp-directory.csv").orElseThrow();
    assertThat(imported.getString("channel")).isEqualTo("sftp");
    assertThat(imported.getString("status")).isEqualTo("APPLIED");
  }

  @Test
  void anUploadedFileThatCannotBeReadIsRefusedWithTheReason() {
    String fileName = "upload-" + Codes.unique("") + ".csv";
    Reply reply =
        admin.postBytes(
            "/egov/orgsync/files?name=" + fileName,
            "text/csv",
            "这不是目录文件".getBytes(StandardCharsets.UTF_8));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().getString("code")).isEqualTo("orgsync.file.missing-columns");
    assertThat(deadLetters(fileName)).hasSize(1);
  }

  @Test
  void anUploadedFileIsImportedLikeADroppedOne() {
    String code = Codes.unique("UP");
    Reply reply =
        admin.postBytes(
            "/egov/orgsync/files?name=upload-ok.csv",
            "text/csv",
            new DirectoryFile().unit(code, "手工提交的部门", null, "部门", "990100", 60, "正常").bytes(GBK));

    assertThat(reply.status()).as(reply.toString()).isEqualTo(202);
    assertThat(reply.json().getString("channel")).isEqualTo("upload");
    await().atMost(PATIENCE).until(() -> unit(code).isPresent());
  }

  /**
   * Drops a file into the exchange directory as the platform does and waits for its import to
   * finish.
   */
  private JsonObject drop(byte[] content, String fileName) {
    try {
      Files.createDirectories(EXCHANGE);
      Path temporary = EXCHANGE.resolve("." + fileName + ".part");
      Files.write(temporary, content);
      Files.move(temporary, EXCHANGE.resolve(fileName));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return await()
        .atMost(PATIENCE)
        .until(() -> importOf(fileName).filter(OrgSyncRouteIT::finished), Optional::isPresent)
        .orElseThrow();
  }

  private Optional<JsonObject> importOf(String fileName) {
    return admin
        .get("/egov/orgsync/imports?max=200")
        .json()
        .getJsonArray("items")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(item -> fileName.equals(item.getString("fileName", null)))
        .findFirst();
  }

  private static boolean finished(JsonObject item) {
    return !"QUEUED".equals(item.getString("status"));
  }

  private Optional<JsonObject> unit(String code) {
    Reply reply = admin.get("/org/units/by-code/" + code);
    return reply.status() == 200 ? Optional.of(reply.json()) : Optional.empty();
  }

  private List<JsonObject> deadLetters(String fileName) {
    return admin
        .get("/integration/dead-letters?flow=egov-orgsync&max=500")
        .json()
        .getJsonArray("items")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(letter -> fileName.equals(letter.getString("source", null)))
        .toList();
  }

  private int syncAuditCount() {
    return auditor.get("/audit?actor=system:egov-orgsync&max=1").json().getInt("total");
  }
}

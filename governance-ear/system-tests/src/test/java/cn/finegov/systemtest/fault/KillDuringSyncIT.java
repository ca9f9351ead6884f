package cn.finegov.systemtest.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.finegov.simulators.egov.DirectoryFile;
import cn.finegov.systemtest.Api;
import cn.finegov.systemtest.Codes;
import cn.finegov.systemtest.TestEnvironment;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * At-least-once, proved by a crash: while the inbox applies a large directory file, the server
 * process is killed with SIGKILL; after a restart the unacknowledged message is delivered again and
 * every unit exists exactly once, created once (one CREATE audit entry each), and the import ends
 * APPLIED. Runs after the Arquillian tests, against the same test domain, which it kills and
 * restarts ({@link TestServer} starts and deploys it once for the fault tests).
 */
@ExtendWith(TestServer.class)
class KillDuringSyncIT {

  private static final int DEPARTMENTS = 1500;
  private static final Path EXCHANGE = TestEnvironment.orgSyncExchange();

  private final Api admin = Api.as("sysadmin");

  @Test
  void aServerKilledWhileApplyingAFileLosesNothingAndDuplicatesNothing() throws Exception {
    String district = Codes.unique("KD");
    DirectoryFile file = new DirectoryFile().unit(district, "断电测试区", null, "区", "990100", 99, "正常");
    List<String> codes = new ArrayList<>(List.of(district));
    for (int i = 1; i <= DEPARTMENTS; i++) {
      String code = district + "-" + i;
      codes.add(code);
      file.unit(code, "断电测试部门" + i, null, "部门", district, i, "正常");
    }
    String fileName = "kill-" + district + ".csv";
    file.writeTo(EXCHANGE, fileName, StandardCharsets.UTF_8);

    await()
        .atMost(Duration.ofMinutes(3))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> childrenOf(district) >= 100);
    int before = childrenOf(district);
    TestServer.kill();
    assertThat(before).as("the kill came while the file was being applied").isLessThan(DEPARTMENTS);

    TestServer.restart();
    await()
        .atMost(Duration.ofMinutes(5))
        .pollInterval(Duration.ofSeconds(1))
        .until(() -> childrenOf(district) == DEPARTMENTS);

    JsonObject imported = importOf(fileName);
    await()
        .atMost(Duration.ofMinutes(2))
        .until(() -> "APPLIED".equals(importOf(fileName).getString("status")));
    imported = importOf(fileName);
    assertThat(imported.getInt("created") + imported.getInt("unchanged"))
        .isEqualTo(DEPARTMENTS + 1);
    Api auditor = Api.as("auditadmin");
    for (String code :
        List.of(
            district,
            district + "-1",
            district + "-" + (DEPARTMENTS / 2),
            district + "-" + DEPARTMENTS)) {
      long id = admin.get("/org/units/by-code/" + code).json().getJsonNumber("id").longValue();
      assertThat(
              auditor
                  .get("/audit?entityType=OrgUnit&action=CREATE&entityId=" + id)
                  .json()
                  .getInt("total"))
          .as("CREATE audit entries of " + code)
          .isEqualTo(1);
    }
    System.out.printf(
        "KillDuringSyncIT: killed with %d of %d departments applied; after restart %d, import %s%n",
        before, DEPARTMENTS, childrenOf(district), imported);
  }

  private int childrenOf(String code) {
    var reply = admin.get("/org/units/by-code/" + code);
    if (reply.status() != 200) {
      return 0;
    }
    return admin.get("/org/units?parentId=" + reply.json().getJsonNumber("id")).jsonArray().size();
  }

  private JsonObject importOf(String fileName) {
    return admin
        .get("/egov/orgsync/imports?max=100")
        .json()
        .getJsonArray("items")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(item -> fileName.equals(item.getString("fileName", null)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no import of " + fileName));
  }
}

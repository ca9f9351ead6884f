package cn.finegov.systemtest.access;

import static org.assertj.core.api.Assertions.assertThat;

import cn.finegov.systemtest.Accounts;
import cn.finegov.systemtest.Api;
import cn.finegov.systemtest.Api.Reply;
import cn.finegov.systemtest.Deployments;
import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sign-in against a real LDAP server (UnboundID's in-memory directory, started by the test and
 * reached by the server over TCP), switched on through the security administrator's settings:
 * accounts are made at the first sign-in with the unit and the roles of the directory groups, kept
 * up to date at every sign-in, while the local administrators still sign in here.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LdapIT {

  private static final String BASE = "dc=jiangcheng,dc=gov,dc=cn";
  private static final String SERVICE_DN = "cn=governance,ou=services," + BASE;
  private static final String SERVICE_PASSWORD = "Service#2026";
  private static final String PASSWORD = "Ldap#Pass2026";

  private static InMemoryDirectoryServer directory;
  private static String worker;
  private static String mover;
  private static String noUnit;

  @Deployment(name = Deployments.SHARED, testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @BeforeAll
  static void directoryUpAndSwitchedOn() throws Exception {
    InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
    config.addAdditionalBindCredentials(SERVICE_DN, SERVICE_PASSWORD);
    config.setListenerConfigs(
        InMemoryListenerConfig.createLDAPConfig("ldap", InetAddress.getLoopbackAddress(), 0, null));
    directory = new InMemoryDirectoryServer(config);
    worker = Accounts.newName("ldapw");
    mover = Accounts.newName("ldapm");
    noUnit = Accounts.newName("ldapn");
    directory.add("dn: " + BASE, "objectClass: domain", "dc: jiangcheng");
    directory.add("dn: ou=people," + BASE, "objectClass: organizationalUnit", "ou: people");
    directory.add("dn: ou=groups," + BASE, "objectClass: organizationalUnit", "ou: groups");
    directory.add(
        "dn: uid=" + worker + ",ou=people," + BASE,
        "objectClass: inetOrgPerson",
        "uid: " + worker,
        "cn: 张网格",
        "sn: 张",
        "departmentNumber: 990102001",
        "userPassword: " + PASSWORD);
    directory.add(
        "dn: uid=" + mover + ",ou=people," + BASE,
        "objectClass: inetOrgPerson",
        "uid: " + mover,
        "cn: 李调动",
        "sn: 李",
        "departmentNumber: 990102002",
        "userPassword: " + PASSWORD);
    directory.add(
        "dn: uid=" + noUnit + ",ou=people," + BASE,
        "objectClass: inetOrgPerson",
        "uid: " + noUnit,
        "cn: 无单位",
        "sn: 无",
        "userPassword: " + PASSWORD);
    directory.add(
        "dn: cn=grid-workers,ou=groups," + BASE,
        "objectClass: groupOfNames",
        "cn: grid-workers",
        "member: uid=" + worker + ",ou=people," + BASE,
        "member: uid=" + mover + ",ou=people," + BASE);
    directory.add(
        "dn: cn=street-leaders,ou=groups," + BASE,
        "objectClass: groupOfNames",
        "cn: street-leaders",
        "member: cn=nobody," + BASE);
    directory.startListening();

    settings(
        Map.of(
            "security.ldap.url",
            "ldap://127.0.0.1:" + directory.getListenPort(),
            "security.ldap.bind-dn",
            SERVICE_DN,
            "security.ldap.bind-password",
            SERVICE_PASSWORD,
            "security.ldap.user-base",
            "ou=people," + BASE,
            "security.ldap.user-filter",
            "(uid={0})",
            "security.ldap.group-base",
            "ou=groups," + BASE,
            "security.ldap.group-filter",
            "(member={0})",
            "security.ldap.group-roles",
            "grid-workers:GRID_WORKER, street-leaders:LEADER",
            "security.ldap.unit-attribute",
            "departmentNumber"));
    settings(Map.of("security.identity-store", "LDAP"));
  }

  @AfterAll
  static void backToLocalAccounts() {
    for (String key :
        List.of(
            "security.identity-store",
            "security.ldap.url",
            "security.ldap.bind-dn",
            "security.ldap.bind-password",
            "security.ldap.user-base",
            "security.ldap.user-filter",
            "security.ldap.group-base",
            "security.ldap.group-filter",
            "security.ldap.group-roles",
            "security.ldap.unit-attribute")) {
      Api.as("secadmin").delete("/settings/kernel/" + key);
    }
    if (directory != null) {
      directory.shutDown(true);
    }
  }

  @Test
  void aDirectoryPersonSignsInWithTheUnitAndRolesOfTheDirectory() {
    Reply me = Api.withPassword(worker, PASSWORD).get("/me");

    assertThat(me.status()).as(me.toString()).isEqualTo(200);
    assertThat(me.json().getString("displayName")).isEqualTo("张网格");
    assertThat(me.json().getString("unitCode")).isEqualTo("990102001");
    assertThat(roles(me.json())).containsExactly("GRID_WORKER");

    JsonObject account =
        Api.as("secadmin").get("/users?q=" + worker).json().getJsonArray("items").getJsonObject(0);
    assertThat(account.getString("source")).isEqualTo("LDAP");
    JsonObject created =
        Api.as("auditadmin")
            .get("/audit?entityType=UserAccount&action=CREATE&actor=system:ldap&max=200")
            .json();
    assertThat(created.toString()).contains(worker);
  }

  @Test
  void aWrongDirectoryPasswordIsRefused() {
    Reply reply = Api.withPassword(worker, "Not#ThePassword1").get("/me");
    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.json().getString("code")).isEqualTo("error.bad-credentials");
  }

  @Test
  void theLocalAdministratorsStillSignInHere() {
    assertThat(Api.as("sysadmin").get("/me").status()).isEqualTo(200);
    assertThat(Api.as("secadmin").get("/me").status()).isEqualTo(200);
  }

  @Test
  void aChangedGroupMembershipChangesTheRolesAtTheNextSignIn() throws Exception {
    assertThat(roles(Api.withPassword(mover, PASSWORD).get("/me").json()))
        .containsExactly("GRID_WORKER");
    directory.modify(
        "cn=street-leaders,ou=groups," + BASE,
        new Modification(ModificationType.ADD, "member", "uid=" + mover + ",ou=people," + BASE));

    Reply me = Api.withPassword(mover, PASSWORD).get("/me");

    assertThat(roles(me.json())).containsExactlyInAnyOrder("GRID_WORKER", "LEADER");
    JsonObject changes =
        Api.as("auditadmin")
            .get("/audit?entityType=UserAccount&action=PERMISSION_CHANGE&actor=system:ldap&max=200")
            .json();
    assertThat(changes.toString()).contains("LEADER").contains(mover);
  }

  @Test
  void aPersonWithoutAUnitIsToldWhy() {
    Reply reply = Api.withPassword(noUnit, PASSWORD).get("/me");
    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.json().getString("code")).isEqualTo("login.directory-no-unit");
  }

  @Test
  void directoryPasswordsAreNotChangedHere() {
    Reply reply =
        Api.withPassword(worker, PASSWORD)
            .put(
                "/account/password",
                Api.json("currentPassword", PASSWORD, "newPassword", "Other#Pass2026"));
    assertThat(reply.status()).isEqualTo(422);
    assertThat(reply.json().getString("code")).isEqualTo("password.directory-account");
  }

  @Test
  void anUnreachableDirectoryIsReportedAsSuch() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    settings(Map.of("security.ldap.url", "ldap://127.0.0.1:" + closedPort));
    try {
      Reply reply = Api.withPassword(worker, PASSWORD).get("/me");
      assertThat(reply.status()).isEqualTo(401);
      assertThat(reply.json().getString("code")).isEqualTo("login.directory-unavailable");
    } finally {
      settings(Map.of("security.ldap.url", "ldap://127.0.0.1:" + directory.getListenPort()));
    }
  }

  private static void settings(Map<String, String> values) {
    values.forEach(
        (key, value) -> {
          Reply reply = Api.as("secadmin").put("/settings/kernel/" + key, Api.json("value", value));
          assertThat(reply.status()).as(key + ": " + reply).isEqualTo(200);
        });
  }

  private static List<String> roles(JsonObject me) {
    return me.getJsonArray("roles").getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }
}

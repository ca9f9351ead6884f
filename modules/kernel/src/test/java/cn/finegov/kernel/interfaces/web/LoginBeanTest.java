package cn.finegov.kernel.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LoginBeanTest {

  private static final String CONTEXT = "/governance";
  private static final String DASHBOARD = "/governance/index.xhtml";

  private static String safeNext(String next, String contextPath) {
    LoginBean login = new LoginBean();
    login.setNext(next);
    return login.safeNext(contextPath);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/governance/kernel/admin/units.xhtml",
        "/governance/kernel/admin/users.xhtml?unit=5",
        "/governance/grid/cases.xhtml#open",
        "/governance/index.xhtml"
      })
  void aPageOfThisApplicationIsWhereSignInContinues(String next) {
    assertThat(safeNext(next, CONTEXT)).isEqualTo(next);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "//evil.example",
        "//evil.example/governance/index.xhtml",
        "/governance//evil.example",
        "http://evil.example/governance/index.xhtml",
        "https://evil.example",
        "javascript:alert(1)",
        "/\\evil.example",
        "/governance/\\\\evil.example",
        "/other-app/index.xhtml",
        "/governancex/index.xhtml",
        "/governance",
        "governance/index.xhtml",
        "/governance/login.xhtml",
        "/governance/login.xhtml?next=/governance/index.xhtml",
        "/governance/api/kernel/units",
        "/governance/api/",
        "/governance/../other-app/index.xhtml",
        "/governance/kernel/../../other-app/index.xhtml",
        "/governance/%2e%2e/other-app/index.xhtml",
        "/governance/%2E%2E/other-app/index.xhtml",
        "/governance/.%2e/other-app/index.xhtml",
        "/governance/..;/other-app/index.xhtml",
        "/governance/..?x=1",
        "/governance/.."
      })
  void anythingElseFallsBackToTheDashboard(String next) {
    assertThat(safeNext(next, CONTEXT)).isEqualTo(DASHBOARD);
  }

  @Test
  void anApplicationAtTheRootAcceptsItsOwnPages() {
    assertThat(safeNext("/kernel/admin/units.xhtml", "")).isEqualTo("/kernel/admin/units.xhtml");
  }

  @Test
  void anApplicationAtTheRootStillRefusesOtherSites() {
    assertThat(safeNext("//evil.example", "")).isEqualTo("/index.xhtml");
    assertThat(safeNext("/login.xhtml", "")).isEqualTo("/index.xhtml");
    assertThat(safeNext("/api/kernel/units", "")).isEqualTo("/index.xhtml");
    assertThat(safeNext("http://evil.example/", "")).isEqualTo("/index.xhtml");
    // Browsers drop tabs and line breaks from a URL before resolving it: "/\t/x" is "//x".
    assertThat(safeNext("/\t/evil.example", "")).isEqualTo("/index.xhtml");
    assertThat(safeNext("/\n/evil.example", "")).isEqualTo("/index.xhtml");
  }

  @Test
  void aFileNameMerelyStartingWithDotsIsNoTraversal() {
    assertThat(safeNext("/governance/files/..notes.xhtml", CONTEXT))
        .isEqualTo("/governance/files/..notes.xhtml");
  }
}

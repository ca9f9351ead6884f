package cn.finegov.grid.domain.model.gridcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.finegov.kernel.api.error.DomainException;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReporterContactTest {

  @Test
  void aContactIsMaskedForReadersWhoDoNotHandleTheCase() {
    ReporterContact contact =
        ReporterContact.of(" 王小明 ", "138-1234-5678", "wang.xm@example.cn").orElseThrow();

    assertThat(contact.name()).isEqualTo("王小明");
    assertThat(contact.masked()).isEqualTo("王** 138****5678 w***@example.cn");
    assertThat(contact.masked()).doesNotContain("1234", "wang.xm");
  }

  @Test
  void blankPartsAreLeftOutAndAllBlankIsNoContact() {
    assertThat(ReporterContact.of(" ", null, "")).isEmpty();
    assertThat(ReporterContact.of(null, "12345", null).orElseThrow().masked()).isEqualTo("****");
  }

  @Test
  void malformedPhoneOrEmailIsRefused() {
    assertThatThrownBy(() -> ReporterContact.of("x", "call me", null))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("grid.case.contact-phone");
    assertThatThrownBy(() -> ReporterContact.of("x", null, "not-an-address"))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("grid.case.contact-email");
    assertThatThrownBy(() -> ReporterContact.of("x".repeat(81), null, null))
        .isInstanceOf(DomainException.class);
  }

  @Test
  void eachDutyWaitsForCasesInTheStatesWhereItsStepsAreTaken() {
    for (CaseDuty duty : CaseDuty.values()) {
      Set<CaseState> states = duty.inboxStates();
      for (CaseState state : states) {
        assertThat(CaseAction.allowedIn(state).stream().anyMatch(a -> a.duty() == duty))
            .as("%s in %s", duty, state)
            .isTrue();
      }
    }
    assertThat(CaseDuty.HANDLE.inboxStates())
        .isEqualTo(
            EnumSet.of(
                CaseState.DISPATCHED,
                CaseState.SIGNED,
                CaseState.REWORK,
                CaseState.HANDLING,
                CaseState.POSTPONED));
    assertThat(CaseDuty.REPORT.inboxStates()).isEmpty();
  }
}

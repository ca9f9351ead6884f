package cn.finegov.kernel.domain.model.lineage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.finegov.kernel.api.error.FieldError;
import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.kernel.api.lineage.EntityRef;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LinkTest {

  private static final Instant NOW = Instant.parse("2026-09-28T01:30:00Z");
  private static final EntityRef TICKET = new EntityRef("hotline", "Ticket", "12345-20260928-0007");
  private static final EntityRef CASE = EntityRef.of("grid", "Case", 4711);

  @Test
  void aLinkKeepsBothEndsTheRelationAndWhoRecordedIt() {
    Link link = new Link(TICKET, CASE, "CASE_FROM_TICKET", "dispatcher", NOW);

    assertThat(link.source()).isEqualTo(TICKET);
    assertThat(link.target()).isEqualTo(new EntityRef("grid", "Case", "4711"));
    assertThat(link.relation()).isEqualTo("CASE_FROM_TICKET");
    assertThat(link.createdBy()).isEqualTo("dispatcher");
    assertThat(link.createdAt()).isEqualTo(NOW);
    assertThat(link.auditValues())
        .containsEntry("source", "hotline/Ticket/12345-20260928-0007")
        .containsEntry("target", "grid/Case/4711")
        .containsEntry("relation", "CASE_FROM_TICKET");
  }

  @Test
  void theRelationIsAnUpperCaseName() {
    for (String bad : new String[] {null, "", "case from ticket", "caseFromTicket", "_X"}) {
      ValidationException e =
          catchThrowableOfType(
              () -> new Link(TICKET, CASE, bad, "dispatcher", NOW), ValidationException.class);
      assertThat(e).as(String.valueOf(bad)).isNotNull();
      assertThat(e.errors())
          .extracting(FieldError::messageKey)
          .containsExactly("lineage.relation.invalid");
    }
  }

  @Test
  void aRecordCannotComeFromItself() {
    ValidationException e =
        catchThrowableOfType(
            () -> new Link(CASE, EntityRef.of("grid", "Case", 4711), "COPY", "x", NOW),
            ValidationException.class);
    assertThat(e.errors()).extracting(FieldError::messageKey).containsExactly("lineage.self");
  }

  @Test
  void referencesAreCheckedFieldByField() {
    ValidationException e =
        catchThrowableOfType(() -> new EntityRef("Grid", "9Case", " 1"), ValidationException.class);
    assertThat(e.errors())
        .extracting(FieldError::field, FieldError::messageKey)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("module", "lineage.module.invalid"),
            org.assertj.core.groups.Tuple.tuple("type", "lineage.type.invalid"),
            org.assertj.core.groups.Tuple.tuple("id", "lineage.id.invalid"));

    ValidationException missing =
        catchThrowableOfType(() -> new EntityRef("grid", "Case", ""), ValidationException.class);
    assertThat(missing.errors())
        .extracting(FieldError::messageKey)
        .containsExactly("lineage.id.required");
    assertThat(
            catchThrowableOfType(
                () -> new EntityRef("grid", "Case", "x".repeat(101)), ValidationException.class))
        .isNotNull();
    assertThat(new EntityRef("meetings", "Decision.Item", "2026-03/7").toString())
        .isEqualTo("meetings/Decision.Item/2026-03/7");
  }
}

package cn.finegov.kernel.domain.model.audit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Column;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The entity cannot change what it wrote, and keeps what the table keeps. */
class AuditEntryTest {

  @Test
  void noColumnIsUpdatableAndTheLinkIsNeverWrittenThroughTheEntity() {
    List<Field> columns =
        Arrays.stream(AuditEntry.class.getDeclaredFields())
            .filter(field -> field.isAnnotationPresent(Column.class))
            .toList();

    assertThat(columns).hasSizeGreaterThanOrEqualTo(14);
    assertThat(columns)
        .allSatisfy(f -> assertThat(f.getAnnotation(Column.class).updatable()).isFalse());
    assertThat(columns)
        .filteredOn(f -> List.of("chainSeq", "hashAlgorithm", "entryHash").contains(f.getName()))
        .hasSize(3)
        .allSatisfy(f -> assertThat(f.getAnnotation(Column.class).insertable()).isFalse());
  }

  @Test
  void theEntityHasNoMethodThatChangesIt() {
    List<String> setters =
        Arrays.stream(AuditEntry.class.getDeclaredMethods())
            .filter(method -> Modifier.isPublic(method.getModifiers()))
            .filter(method -> method.getParameterCount() > 0)
            .map(Method::getName)
            .toList();

    assertThat(setters).isEmpty();
  }

  @Test
  void timesAreKeptToTheMicrosecondAsTheDatabaseKeepsThem() {
    AuditEntry entry =
        new AuditEntry(
            Instant.parse("2026-03-02T01:02:03.123456789Z"),
            "sysadmin",
            null,
            null,
            null,
            "127.0.0.1",
            "OrgUnit",
            "1",
            "CREATE",
            null,
            "{}");

    assertThat(entry.occurredAt()).isEqualTo(Instant.parse("2026-03-02T01:02:03.123456Z"));
    assertThat(entry.chainSeq()).isNull();
    assertThat(entry.entryHash()).isNull();
  }
}

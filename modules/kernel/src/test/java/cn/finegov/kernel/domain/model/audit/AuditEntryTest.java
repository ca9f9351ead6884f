package cn.finegov.kernel.domain.model.audit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Column;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The audit entities cannot change what they wrote, keep what the table keeps, and never write a
 * link.
 */
class AuditEntryTest {

  private static List<Field> columns(Class<?>... types) {
    return Arrays.stream(types)
        .flatMap(type -> Arrays.stream(type.getDeclaredFields()))
        .filter(field -> field.isAnnotationPresent(Column.class))
        .toList();
  }

  @Test
  void noColumnIsUpdatableAndTheLinkIsNeverWrittenThroughTheEntity() {
    List<Field> columns = columns(AuditRecord.class, AuditEntry.class);

    assertThat(columns).hasSizeGreaterThanOrEqualTo(14);
    assertThat(columns)
        .allSatisfy(f -> assertThat(f.getAnnotation(Column.class).updatable()).isFalse());
    assertThat(columns)
        .filteredOn(f -> List.of("chainSeq", "hashAlgorithm", "entryHash").contains(f.getName()))
        .hasSize(3)
        .allSatisfy(f -> assertThat(f.getAnnotation(Column.class).insertable()).isFalse());
    assertThat(columns(PendingAuditEntry.class)).as("a new entry has no link").isEmpty();
  }

  @Test
  void theEntityHasNoMethodThatChangesIt() {
    List<String> setters =
        Stream.of(AuditRecord.class, AuditEntry.class, PendingAuditEntry.class)
            .flatMap(type -> Arrays.stream(type.getDeclaredMethods()))
            .filter(method -> Modifier.isPublic(method.getModifiers()))
            .filter(method -> method.getParameterCount() > 0)
            .map(Method::getName)
            .toList();

    assertThat(setters).isEmpty();
  }

  @Test
  void timesAreKeptToTheMicrosecondAsTheDatabaseKeepsThem() {
    PendingAuditEntry entry =
        new PendingAuditEntry(
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
  }
}

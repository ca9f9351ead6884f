package cn.finegov.grid.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The last change of a case arrives from max(...) in the driver's type, not as an instant. */
class Open311AggregateTest {

  @Test
  void everyDriverTypeBecomesTheSameInstant() {
    Instant at = Instant.parse("2026-03-02T02:00:00Z");
    assertThat(JpaOpen311Repository.instant(at)).isEqualTo(at);
    assertThat(JpaOpen311Repository.instant(at.atOffset(ZoneOffset.ofHours(8)))).isEqualTo(at);
    assertThat(JpaOpen311Repository.instant(Timestamp.from(at))).isEqualTo(at);
    assertThat(JpaOpen311Repository.instant(OffsetDateTime.parse("2026-03-02T10:00:00+08:00")))
        .isEqualTo(at);
    assertThat(JpaOpen311Repository.instant(null)).isNull();
  }
}

package cn.finegov.kernel.infrastructure.migration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DatabaseDialectTest {

  @ParameterizedTest
  @ValueSource(strings = {"H2", "h2", "H2 Database Engine"})
  void h2IsRecognisedByItsProductName(String productName) {
    assertThat(DatabaseDialect.ofProductName(productName)).isEqualTo(DatabaseDialect.H2);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"PostgreSQL", "EnterpriseDB", "KingbaseES", "openGauss"})
  void everythingElseCountsAsPostgresql(String productName) {
    assertThat(DatabaseDialect.ofProductName(productName)).isEqualTo(DatabaseDialect.POSTGRESQL);
  }

  @Test
  void postgresqlUsesTextAndBytea() {
    assertThat(DatabaseDialect.POSTGRESQL.placeholders())
        .containsOnly(
            org.assertj.core.api.Assertions.entry("text_type", "text"),
            org.assertj.core.api.Assertions.entry("binary_type", "bytea"));
  }

  @Test
  void h2UsesLargeObjects() {
    assertThat(DatabaseDialect.H2.placeholders())
        .containsOnly(
            org.assertj.core.api.Assertions.entry("text_type", "character large object"),
            org.assertj.core.api.Assertions.entry("binary_type", "binary large object"));
  }

  @ParameterizedTest
  @EnumSource(DatabaseDialect.class)
  void everyDialectOffersTheSamePlaceholders(DatabaseDialect dialect) {
    assertThat(dialect.placeholders()).containsOnlyKeys("text_type", "binary_type");
  }
}

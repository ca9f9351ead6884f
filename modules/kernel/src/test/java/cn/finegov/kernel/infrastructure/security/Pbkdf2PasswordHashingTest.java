package cn.finegov.kernel.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class Pbkdf2PasswordHashingTest {

  private static final char[] PASSWORD = "Wangjiang#2026".toCharArray();

  /** Few iterations keep the tests fast; the format and the checks are the same. */
  private final Pbkdf2PasswordHashing hashing = new Pbkdf2PasswordHashing(1_000);

  @Test
  void aHashMatchesThePasswordItWasMadeFrom() {
    String stored = hashing.hash(PASSWORD);
    assertThat(hashing.matches(PASSWORD, stored)).isTrue();
  }

  @Test
  void theDefaultIterationCountIsUsedAndVerifies() {
    Pbkdf2PasswordHashing standard = new Pbkdf2PasswordHashing();
    String stored = standard.hash(PASSWORD);
    assertThat(stored).startsWith("pbkdf2-sha256$120000$");
    assertThat(standard.matches(PASSWORD, stored)).isTrue();
    assertThat(standard.matches("wangjiang#2026".toCharArray(), stored)).isFalse();
  }

  @Test
  void aWrongPasswordDoesNotMatch() {
    String stored = hashing.hash(PASSWORD);
    assertThat(hashing.matches("Wangjiang#2027".toCharArray(), stored)).isFalse();
    assertThat(hashing.matches("wangjiang#2026".toCharArray(), stored)).isFalse();
    assertThat(hashing.matches(new char[0], stored)).isFalse();
  }

  @Test
  void twoHashesOfTheSamePasswordDifferBecauseOfTheirSalt() {
    String first = hashing.hash(PASSWORD);
    String second = hashing.hash(PASSWORD);
    assertThat(first).isNotEqualTo(second);
    assertThat(first.split("\\$")[2]).isNotEqualTo(second.split("\\$")[2]);
    assertThat(hashing.matches(PASSWORD, first)).isTrue();
    assertThat(hashing.matches(PASSWORD, second)).isTrue();
  }

  @Test
  void theStoredFormIsSchemeIterationsSaltAndHash() {
    String stored = hashing.hash(PASSWORD);

    String[] parts = stored.split("\\$");
    assertThat(parts).hasSize(4);
    assertThat(parts[0]).isEqualTo("pbkdf2-sha256");
    assertThat(parts[1]).isEqualTo("1000");
    assertThat(Base64.getDecoder().decode(parts[2])).hasSize(16);
    assertThat(Base64.getDecoder().decode(parts[3])).hasSize(32);
    assertThat(stored).doesNotContain(new String(PASSWORD));
  }

  @Test
  void hashingDoesNotConsumeTheCallersPassword() {
    char[] password = PASSWORD.clone();
    hashing.hash(password);
    assertThat(password).isEqualTo(PASSWORD);
  }

  @Test
  void aHashMadeWithAnotherIterationCountStillVerifies() {
    String old = new Pbkdf2PasswordHashing(500).hash(PASSWORD);
    assertThat(old).startsWith("pbkdf2-sha256$500$");

    assertThat(hashing.matches(PASSWORD, old)).isTrue();
    assertThat(new Pbkdf2PasswordHashing().matches(PASSWORD, old)).isTrue();
    assertThat(hashing.matches("other#Pass1".toCharArray(), old)).isFalse();
  }

  @Test
  void theIterationCountIsPartOfWhatIsVerified() {
    String stored = hashing.hash(PASSWORD);
    String fewerIterations = stored.replaceFirst("\\$1000\\$", "\\$999\\$");
    assertThat(fewerIterations).isNotEqualTo(stored);
    assertThat(hashing.matches(PASSWORD, fewerIterations)).isFalse();
  }

  @Test
  void aTamperedHashDoesNotMatch() {
    String stored = hashing.hash(PASSWORD);
    String[] parts = stored.split("\\$");
    byte[] hash = Base64.getDecoder().decode(parts[3]);
    hash[0] ^= 1;
    String tampered =
        parts[0] + "$" + parts[1] + "$" + parts[2] + "$" + Base64.getEncoder().encodeToString(hash);
    assertThat(hashing.matches(PASSWORD, tampered)).isFalse();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "plain-text-password",
        "pbkdf2-sha256$1000$c2FsdHNhbHRzYWx0c2FsdA==",
        "pbkdf2-sha256$1000$c2FsdHNhbHRzYWx0c2FsdA==$aGFzaA==$extra",
        "pbkdf2-sha1$1000$c2FsdHNhbHRzYWx0c2FsdA==$aGFzaA==",
        "bcrypt$1000$c2FsdHNhbHRzYWx0c2FsdA==$aGFzaA==",
        "pbkdf2-sha256$many$c2FsdHNhbHRzYWx0c2FsdA==$aGFzaA==",
        "pbkdf2-sha256$0$c2FsdHNhbHRzYWx0c2FsdA==$aGFzaA==",
        "pbkdf2-sha256$-5$c2FsdHNhbHRzYWx0c2FsdA==$aGFzaA==",
        "pbkdf2-sha256$1000$not base64!$aGFzaA==",
        "pbkdf2-sha256$1000$c2FsdHNhbHRzYWx0c2FsdA==$not base64!",
        "pbkdf2-sha256$1000$$aGFzaA==",
        "pbkdf2-sha256$1000$c2FsdHNhbHRzYWx0c2FsdA==$",
        "$$$"
      })
  void malformedStoredHashesNeverMatch(String stored) {
    assertThat(hashing.matches(PASSWORD, stored)).isFalse();
  }
}

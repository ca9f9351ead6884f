package cn.finegov.integration.hotline.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class PersonalDataCipherTest {

  private static final String OTHER_KEY =
      Base64.getEncoder().encodeToString("fedcba9876543210".getBytes(StandardCharsets.US_ASCII));

  private final PersonalDataCipher cipher = new PersonalDataCipher(SampleTickets.KEY);

  @Test
  void aNameAndAPhoneComeBackAsTheyWere() {
    for (String plain : new String[] {"欧阳锋", "13812341234", "0571-88001234", "", "𠀀明"}) {
      String encrypted = cipher.encrypt(plain);

      assertThat(cipher.decrypt(encrypted)).isEqualTo(plain);
      assertThat(new PersonalDataCipher(SampleTickets.KEY).decrypt(encrypted))
          .as("another instance with the same key")
          .isEqualTo(plain);
    }
    assertThat(cipher.encrypt(null)).isNull();
    assertThat(cipher.decrypt(null)).isNull();
  }

  @Test
  void theCiphertextShowsNothingOfTheValueAndChangesWithEveryEncryption() {
    String first = cipher.encrypt("13812341234");
    String second = cipher.encrypt("13812341234");

    assertThat(first).isNotEqualTo(second).doesNotContain("13812341234");
    byte[] a = Base64.getDecoder().decode(first);
    byte[] b = Base64.getDecoder().decode(second);
    assertThat(a).hasSize(12 + 11 + 16);
    assertThat(java.util.Arrays.copyOf(a, 12))
        .as("nonce")
        .isNotEqualTo(java.util.Arrays.copyOf(b, 12));
  }

  @Test
  void aChangedCiphertextIsRefused() {
    byte[] raw = Base64.getDecoder().decode(cipher.encrypt("13812341234"));
    for (int position : new int[] {0, 12, raw.length - 1}) {
      byte[] tampered = raw.clone();
      tampered[position] ^= 0x01;

      assertThatThrownBy(() -> cipher.decrypt(Base64.getEncoder().encodeToString(tampered)))
          .as("byte %d changed", position)
          .isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void anotherKeyCannotDecrypt() {
    String encrypted = cipher.encrypt("张三");

    assertThatThrownBy(() -> new PersonalDataCipher(OTHER_KEY).decrypt(encrypted))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("cannot be decrypted");
  }

  @Test
  void theLookupHashIsStableAndOnlyLooksAtDigits() {
    String hash = cipher.lookupHash("13812341234");

    assertThat(hash).hasSize(64).matches("[0-9a-f]{64}").doesNotContain("13812341234");
    assertThat(new PersonalDataCipher(SampleTickets.KEY).lookupHash("13812341234")).isEqualTo(hash);
    assertThat(cipher.lookupHash("138 1234 1234")).isEqualTo(hash);
    assertThat(cipher.lookupHash("138-1234-1234")).isEqualTo(hash);
    assertThat(cipher.lookupHash("13812341235")).isNotEqualTo(hash);
    assertThat(cipher.lookupHash(null)).isNull();
  }

  @Test
  void anotherKeyGivesAnotherHash() {
    assertThat(new PersonalDataCipher(OTHER_KEY).lookupHash("13812341234"))
        .isNotEqualTo(cipher.lookupHash("13812341234"));
  }

  @Test
  void namesKeepTheirFirstAndForLongerNamesTheirLastCharacter() {
    assertThat(PersonalDataCipher.maskName("张三")).isEqualTo("张*");
    assertThat(PersonalDataCipher.maskName("张")).isEqualTo("*");
    assertThat(PersonalDataCipher.maskName("欧阳锋")).isEqualTo("欧*锋");
    assertThat(PersonalDataCipher.maskName("欧阳小锋")).isEqualTo("欧*锋");
    assertThat(PersonalDataCipher.maskName("𠀀明")).isEqualTo("𠀀*");
    assertThat(PersonalDataCipher.maskName("")).isNull();
    assertThat(PersonalDataCipher.maskName(null)).isNull();
  }

  @Test
  void aMissingKeyFailsClearly() {
    assertThatThrownBy(() -> new PersonalDataCipher(null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("hotline.personal-data.key is not configured");
    assertThatThrownBy(() -> new PersonalDataCipher(" "))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("hotline.personal-data.key is not configured");
  }

  @Test
  void aKeyThatIsNotBase64FailsClearly() {
    assertThatThrownBy(() -> new PersonalDataCipher("not base64 at all!"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("hotline.personal-data.key is not base64");
  }

  @Test
  void aKeyOfAnotherLengthFailsClearly() {
    String fifteen = Base64.getEncoder().encodeToString(new byte[15]);
    String thirtyTwo = Base64.getEncoder().encodeToString(new byte[32]);

    assertThatThrownBy(() -> new PersonalDataCipher(fifteen))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("16 bytes")
        .hasMessageEndingWith("not 15");
    assertThatThrownBy(() -> new PersonalDataCipher(thirtyTwo))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageEndingWith("not 32");
  }
}

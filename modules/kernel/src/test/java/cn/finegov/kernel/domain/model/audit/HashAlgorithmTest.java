package cn.finegov.kernel.domain.model.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The hash functions against their published known-answer vectors. */
class HashAlgorithmTest {

  private static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  @Test
  void sm3OfAbcIsTheVectorOfGbT32905() {
    // GB/T 32905-2016, appendix A, example 1.
    assertThat(hex(HashAlgorithm.SM3.digest(ascii("abc"))))
        .isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
  }

  @Test
  void sm3OfSixtyFourBytesIsTheSecondVectorOfGbT32905() {
    // GB/T 32905-2016, appendix A, example 2: "abcd" sixteen times (512 bits).
    assertThat(hex(HashAlgorithm.SM3.digest(ascii("abcd".repeat(16)))))
        .isEqualTo("debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732");
  }

  @Test
  void sha256OfAbcIsTheVectorOfFips180() {
    assertThat(hex(HashAlgorithm.SHA_256.digest(ascii("abc"))))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void partsAreHashedAsTheirConcatenation() {
    for (HashAlgorithm algorithm : HashAlgorithm.values()) {
      assertThat(algorithm.digest(ascii("a"), ascii("bc"), new byte[0]))
          .as(algorithm.label())
          .isEqualTo(algorithm.digest(ascii("abc")))
          .hasSize(HashAlgorithm.DIGEST_BYTES);
    }
  }

  @Test
  void functionsAreFoundByTheirLabelsAsSettingsNameThem() {
    assertThat(HashAlgorithm.find("SM3")).contains(HashAlgorithm.SM3);
    assertThat(HashAlgorithm.find(" sha-256 ")).contains(HashAlgorithm.SHA_256);
    assertThat(HashAlgorithm.find("MD5")).isEmpty();
    assertThat(HashAlgorithm.find(null)).isEmpty();
    assertThat(HashAlgorithm.SHA_256.label()).isEqualTo("SHA-256");
  }
}

package cn.finegov.integration.runtime.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

  private static final String CHINESE = "机构代码,机构名称\r\n990100,模拟市人民政府\r\n";
  private static final Charset GBK = Charset.forName("GBK");

  @Test
  void utf8BytesAreDetectedAndDecoded() {
    TextDecoder.Decoded decoded =
        TextDecoder.decode(CHINESE.getBytes(StandardCharsets.UTF_8), "AUTO");

    assertThat(decoded.text()).isEqualTo(CHINESE);
    assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void theByteOrderMarkOfUtf8IsStripped() {
    byte[] text = CHINESE.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[text.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(text, 0, withBom, 3, text.length);

    TextDecoder.Decoded decoded = TextDecoder.decode(withBom, "AUTO");

    assertThat(decoded.text()).isEqualTo(CHINESE).doesNotContain("\uFEFF");
    assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void gbkBytesAreDetectedAsGb18030AndDecodedWithoutLoss() {
    byte[] gbk = CHINESE.getBytes(GBK);

    TextDecoder.Decoded decoded = TextDecoder.decode(gbk, "AUTO");

    assertThat(decoded.charset()).isEqualTo(TextDecoder.GB18030);
    assertThat(decoded.text()).isEqualTo(CHINESE);
    assertThat(decoded.text().getBytes(GBK)).isEqualTo(gbk);
  }

  @Test
  void aBlankNullOrLowerCaseAutoCharsetMeansDetection() {
    byte[] gbk = CHINESE.getBytes(GBK);

    assertThat(TextDecoder.decode(gbk, null).charset()).isEqualTo(TextDecoder.GB18030);
    assertThat(TextDecoder.decode(gbk, "  ").charset()).isEqualTo(TextDecoder.GB18030);
    assertThat(TextDecoder.decode(gbk, " auto ").charset()).isEqualTo(TextDecoder.GB18030);
    assertThat(TextDecoder.decode(gbk, " auto ").text()).isEqualTo(CHINESE);
  }

  @Test
  void aNamedCharsetIsUsedAsItIsWithoutDetection() {
    TextDecoder.Decoded gbk = TextDecoder.decode(CHINESE.getBytes(GBK), " GBK ");
    assertThat(gbk.charset()).isEqualTo(GBK);
    assertThat(gbk.text()).isEqualTo(CHINESE);

    byte[] utf8 = CHINESE.getBytes(StandardCharsets.UTF_8);
    TextDecoder.Decoded latin = TextDecoder.decode(utf8, "ISO-8859-1");
    assertThat(latin.charset()).isEqualTo(StandardCharsets.ISO_8859_1);
    assertThat(latin.text()).isNotEqualTo(CHINESE).hasSize(utf8.length);
  }

  @Test
  void aNamedUtf8CharsetAlsoStripsTheByteOrderMark() {
    byte[] withBom = ("\uFEFF" + CHINESE).getBytes(StandardCharsets.UTF_8);

    TextDecoder.Decoded decoded = TextDecoder.decode(withBom, "UTF-8");

    assertThat(decoded.text()).isEqualTo(CHINESE);
  }

  @Test
  void emptyContentDecodesToEmptyText() {
    TextDecoder.Decoded decoded = TextDecoder.decode(new byte[0], "AUTO");

    assertThat(decoded.text()).isEmpty();
    assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void anUnknownCharsetNameIsRefused() {
    assertThatThrownBy(() -> TextDecoder.decode(new byte[] {65}, "NO-SUCH-CHARSET"))
        .isInstanceOf(UnsupportedCharsetException.class);
  }
}

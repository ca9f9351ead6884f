package cn.finegov.integration.runtime.api;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Decodes text files of legacy systems, which arrive in UTF-8 (with or without a byte-order mark)
 * or in GBK. With {@code AUTO} the bytes are tried as strict UTF-8 first and as GB18030 (a superset
 * of GBK and GB2312) otherwise; a named charset is used as it is.
 */
public final class TextDecoder {

  public static final Charset GB18030 = Charset.forName("GB18030");

  /**
   * Decoded text.
   *
   * @param text the text, without a byte-order mark
   * @param charset the charset it was read with
   */
  public record Decoded(String text, Charset charset) {}

  private TextDecoder() {}

  /**
   * @param bytes the file content
   * @param wanted {@code AUTO} (or blank) to detect, or a charset name such as {@code GBK}
   */
  public static Decoded decode(byte[] bytes, String wanted) {
    if (wanted != null
        && !wanted.isBlank()
        && !"AUTO".equals(wanted.strip().toUpperCase(Locale.ROOT))) {
      Charset charset = Charset.forName(wanted.strip());
      return new Decoded(stripBom(new String(bytes, charset)), charset);
    }
    try {
      return new Decoded(stripBom(strict(bytes, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    } catch (CharacterCodingException notUtf8) {
      return new Decoded(new String(bytes, GB18030), GB18030);
    }
  }

  private static String strict(byte[] bytes, Charset charset) throws CharacterCodingException {
    CharBuffer chars =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes));
    return chars.toString();
  }

  private static String stripBom(String text) {
    return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
  }
}

package cn.finegov.kernel.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AttachmentResourceTest {

  private static String asLatin1(String text) {
    return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
  }

  @Test
  void aFileNameSentAsRawUtf8IsReadBackAsUtf8() {
    assertThat(AttachmentResource.utf8HeaderText(asLatin1("巡查报告.pdf"))).isEqualTo("巡查报告.pdf");
    assertThat(AttachmentResource.utf8HeaderText("report.pdf")).isEqualTo("report.pdf");
  }

  @Test
  void aNameThatIsNotUtf8OrAlreadyDecodedIsKept() {
    assertThat(AttachmentResource.utf8HeaderText("Caf\u00e9.txt")).isEqualTo("Caf\u00e9.txt");
    assertThat(AttachmentResource.utf8HeaderText("巡查.pdf")).isEqualTo("巡查.pdf");
  }

  @Test
  void theDownloadNamesTheFileForOldAndNewBrowsers() {
    String header = AttachmentResource.disposition(false, "巡查 报告.pdf");
    assertThat(header).startsWith("attachment;").contains("filename*=UTF-8''%E5%B7%A1%E6%9F%A5%20");
  }
}

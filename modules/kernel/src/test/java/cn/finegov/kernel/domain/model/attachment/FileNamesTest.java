package cn.finegov.kernel.domain.model.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTest {

  @Test
  void directoriesOfClientsAreDropped() {
    assertThat(FileNames.clean("C:\\Users\\zhang\\现场照片.jpg")).isEqualTo("现场照片.jpg");
    assertThat(FileNames.clean("../../etc/passwd")).isEqualTo("passwd");
  }

  @Test
  void controlAndReservedCharactersAndLeadingDotsGo() {
    assertThat(FileNames.clean("  a\u0000b\"c<d>|e?.pdf ")).isEqualTo("abcde.pdf");
    assertThat(FileNames.clean(".htaccess")).isEqualTo("htaccess");
  }

  @Test
  void nothingLeftIsFile() {
    assertThat(FileNames.clean(null)).isEqualTo("file");
    assertThat(FileNames.clean("   ")).isEqualTo("file");
    assertThat(FileNames.clean("/")).isEqualTo("file");
  }

  @Test
  void longNamesAreCutKeepingTheExtension() {
    String name = "很".repeat(300) + ".docx";
    String clean = FileNames.clean(name);
    assertThat(clean.codePointCount(0, clean.length())).isEqualTo(FileNames.MAX_LENGTH);
    assertThat(clean).endsWith(".docx");
  }
}

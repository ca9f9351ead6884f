package cn.finegov.kernel.domain.model.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import cn.finegov.kernel.api.export.ExcelTable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentTypeDetectorTest {

  @TempDir Path directory;

  private final ContentTypeDetector detector = new ContentTypeDetector();

  private String detect(String name, byte[] content) throws IOException {
    Path file = directory.resolve(name);
    Files.write(file, content);
    return detector.detect(file).mimeType();
  }

  @Test
  void photosAreKnownByTheirSignatures() throws IOException {
    assertThat(detect("a.jpg", TestFiles.image("jpg", 40, 30))).isEqualTo(ContentTypes.JPEG);
    assertThat(detect("a.png", TestFiles.image("png", 40, 30))).isEqualTo(ContentTypes.PNG);
    assertThat(detect("a.gif", TestFiles.image("gif", 40, 30))).isEqualTo(ContentTypes.GIF);
    assertThat(detect("a.webp", TestFiles.webp())).isEqualTo(ContentTypes.WEBP);
  }

  @Test
  void theNameDoesNotMatterOnlyTheBytes() throws IOException {
    assertThat(detect("photo.pdf", TestFiles.image("png", 10, 10))).isEqualTo(ContentTypes.PNG);
    assertThat(detect("notes.txt", TestFiles.pdf())).isEqualTo(ContentTypes.PDF);
    assertThat(detect("no-extension", TestFiles.docx())).isEqualTo(ContentTypes.DOCX);
  }

  @Test
  void aRenamedExecutableIsRecognisedAsWhatItIs() throws IOException {
    byte[] exe = new byte[512];
    exe[0] = 'M';
    exe[1] = 'Z';
    exe[60] = (byte) 0x80;
    assertThat(detect("report.pdf", exe)).isEqualTo(ContentTypes.WINDOWS_EXECUTABLE);
    assertThat(detect("photo.jpg", new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0}))
        .isEqualTo(ContentTypes.ELF_EXECUTABLE);
  }

  @Test
  void pdfHeadersMayFollowSomeBytes() throws IOException {
    byte[] pdf = TestFiles.pdf();
    byte[] prefixed = new byte[pdf.length + 100];
    System.arraycopy(pdf, 0, prefixed, 100, pdf.length);
    assertThat(detect("a.pdf", prefixed)).isEqualTo(ContentTypes.PDF);
  }

  @Test
  void ooxmlDocumentsAreZipsWithTheirDeclaredMainPartPresent() throws IOException {
    assertThat(detect("a.docx", TestFiles.docx())).isEqualTo(ContentTypes.DOCX);
    assertThat(
            detect(
                "a.xlsx",
                TestFiles.ooxml(
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                    "xl/workbook.xml")))
        .isEqualTo(ContentTypes.XLSX);
    assertThat(
            detect(
                "a.docx",
                TestFiles.ooxml(
                    "application/vnd.ms-word.document.macroEnabled.main+xml", "word/document.xml")))
        .isEqualTo(ContentTypes.DOCM);
  }

  @Test
  void anExcelFileWrittenByTheExportIsAnXlsx() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ExcelTable.<String>sheet("sheet", ZoneId.of("Asia/Shanghai"))
        .column("name", s -> s, 10)
        .write(List.of("a", "b"), out);
    assertThat(detect("export.xlsx", out.toByteArray())).isEqualTo(ContentTypes.XLSX);
  }

  @Test
  void aZipThatIsNotAnOfficeDocumentIsAnArchive() throws IOException {
    assertThat(detect("a.docx", TestFiles.zip(Map.of("readme.txt", "hello"))))
        .isEqualTo(ContentTypes.ZIP);
    byte[] withoutMainPart =
        TestFiles.zip(
            Map.of(
                "[Content_Types].xml",
                "<Types><Override PartName=\"/word/document.xml\" ContentType=\""
                    + "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                    + ".main+xml\"/></Types>"));
    assertThat(detect("a.docx", withoutMainPart)).isEqualTo(ContentTypes.ZIP);
    byte[] damaged = TestFiles.docx();
    byte[] truncated = java.util.Arrays.copyOf(damaged, damaged.length / 2);
    assertThat(detect("a.docx", truncated)).isEqualTo(ContentTypes.ZIP);
  }

  @Test
  void legacyOfficeFilesAreCompoundFilesWithTheirMainStream() throws IOException {
    assertThat(detect("a.doc", TestFiles.compoundFile(List.of("WordDocument", "1Table"))))
        .isEqualTo(ContentTypes.DOC);
    assertThat(detect("a.xls", TestFiles.compoundFile(List.of("Workbook"))))
        .isEqualTo(ContentTypes.XLS);
    assertThat(detect("a.xls", TestFiles.compoundFile(List.of("Book"))))
        .isEqualTo(ContentTypes.XLS);
    assertThat(detect("a.doc", TestFiles.compoundFile(List.of("__substg1.0_0037001F"))))
        .isEqualTo(ContentTypes.OLE_OTHER);
  }

  @Test
  void theCompoundFileDirectoryIsFollowedThroughTheFat() throws IOException {
    byte[] file =
        TestFiles.compoundFile(
            List.of("\u0005SummaryInformation", "1Table", "Data", "ObjectPool", "WordDocument"));
    Path path = directory.resolve("long.doc");
    Files.write(path, file);

    assertThat(ContentTypeDetector.compoundFileEntryNames(path))
        .contains("Root Entry", "WordDocument", "ObjectPool");
    assertThat(detector.detect(path).mimeType()).isEqualTo(ContentTypes.DOC);
  }

  @Test
  void utf8TextIsTextOtherEncodingsAreNot() throws IOException {
    assertThat(detect("a.txt", "城市精细化治理\r\n第二行\tend".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(ContentTypes.TEXT);
    byte[] withBom = ("\uFEFF" + "带 BOM 的文本").getBytes(StandardCharsets.UTF_8);
    assertThat(detect("bom.txt", withBom)).isEqualTo(ContentTypes.TEXT);
    assertThat(detect("gbk.txt", "城市精细化治理".getBytes(Charset.forName("GBK"))))
        .isEqualTo(ContentTypes.UNKNOWN);
    assertThat(detect("nul.txt", new byte[] {'a', 0, 'b'})).isEqualTo(ContentTypes.UNKNOWN);
  }

  @Test
  void aLongTextIsCheckedToItsEnd() throws IOException {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 5000; i++) {
      text.append("第 ").append(i).append(" 行\n");
    }
    byte[] good = text.toString().getBytes(StandardCharsets.UTF_8);
    assertThat(detect("long.txt", good)).isEqualTo(ContentTypes.TEXT);
    byte[] bad = java.util.Arrays.copyOf(good, good.length + 1);
    bad[bad.length - 1] = (byte) 0xFF;
    assertThat(detect("long-bad.txt", bad)).isEqualTo(ContentTypes.UNKNOWN);
  }

  @Test
  void markupThatCarriesScriptsIsNotPlainText() throws IOException {
    assertThat(detect("a.txt", "<!DOCTYPE html><html><body>x</body></html>".getBytes()))
        .isEqualTo(ContentTypes.HTML);
    assertThat(detect("a.txt", "hello <script>alert(1)</script>".getBytes()))
        .isEqualTo(ContentTypes.HTML);
    assertThat(
            detect(
                "a.txt",
                "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes()))
        .isEqualTo(ContentTypes.SVG);
  }

  @Test
  void archivesAndOtherKnownBinariesAreNamed() throws IOException {
    assertThat(detect("a.rar", "Rar!\u001A\u0007\u0000".getBytes(StandardCharsets.ISO_8859_1)))
        .isEqualTo(ContentTypes.RAR);
    assertThat(detect("a.gz", new byte[] {0x1F, (byte) 0x8B, 8, 0})).isEqualTo(ContentTypes.GZIP);
    assertThat(detect("a.7z", new byte[] {'7', 'z', (byte) 0xBC, (byte) 0xAF, 0x27, 0x1C}))
        .isEqualTo(ContentTypes.SEVEN_ZIP);
    assertThat(detect("a.bin", new byte[] {1, 2, 3, (byte) 0xFE})).isEqualTo(ContentTypes.UNKNOWN);
  }

  @Test
  void anEmptyFileIsEmpty() throws IOException {
    assertThat(detect("empty.pdf", new byte[0])).isEqualTo(ContentTypes.EMPTY);
  }

  @Test
  void theLabelOfATypeIsABundleKey() {
    assertThat(new DetectedType(ContentTypes.WINDOWS_EXECUTABLE, "exe").label().key())
        .isEqualTo("attachment.type.application/x-msdownload");
  }
}

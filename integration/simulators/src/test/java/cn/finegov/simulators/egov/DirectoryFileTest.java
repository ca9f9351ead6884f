package cn.finegov.simulators.egov;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryFileTest {

  private static final Charset GBK = Charset.forName("GBK");

  @TempDir Path directory;

  @Test
  void aNewFileHasOnlyThePlatformsHeader() {
    assertThat(new DirectoryFile().text())
        .isEqualTo("机构代码,机构名称,机构简称,机构类型,上级机构代码,排序号,状态\r\n")
        .isEqualTo(DirectoryFile.HEADER + "\r\n");
  }

  @Test
  void aUnitIsOneLineInTheHeadersColumnOrder() {
    String text =
        new DirectoryFile()
            .unit("990100", "模拟市人民政府", null, "市", null, 1, "正常")
            .unit("990101", "第1区", "一区", "区", "990100", 2, "撤销")
            .text();

    assertThat(text.split("\r\n", -1))
        .containsExactly(
            DirectoryFile.HEADER, "990100,模拟市人民政府,,市,,1,正常", "990101,第1区,一区,区,990100,2,撤销", "");
  }

  @Test
  void namesWithCommasOrQuotesAreQuotedTheCsvWay() {
    String text =
        new DirectoryFile().unit("D01", "城管局,执法支队", "\"城管\"", "部门", "990100", 1, "正常").text();

    assertThat(text).contains("D01,\"城管局,执法支队\",\"\"\"城管\"\"\",部门,990100,1,正常\r\n");
  }

  @Test
  void rawLinesAreAddedAsTheyAre() {
    String text = new DirectoryFile().line("坏行,\"未闭合").line("").text();

    assertThat(text).isEqualTo(DirectoryFile.HEADER + "\r\n坏行,\"未闭合\r\n\r\n");
  }

  @Test
  void gbkBytesDecodeBackToTheSameText() {
    DirectoryFile file = DirectoryFile.generatedCity("990100", 1, 1, 1);

    byte[] gbk = file.bytes(GBK);

    assertThat(new String(gbk, GBK)).isEqualTo(file.text());
    assertThat(gbk).isNotEqualTo(file.bytes(StandardCharsets.UTF_8));
    assertThat(gbk.length).isLessThan(file.bytes(StandardCharsets.UTF_8).length);
  }

  @Test
  void writingPutsTheBytesUnderTheFinalNameAndLeavesNoTemporaryFile() throws IOException {
    DirectoryFile file = DirectoryFile.generatedCity("990100", 1, 1, 1);
    Path target = directory.resolve("new/sub");

    Path written = file.writeTo(target, "directory.csv", GBK);

    assertThat(written).isEqualTo(target.resolve("directory.csv"));
    assertThat(Files.readAllBytes(written)).isEqualTo(file.bytes(GBK));
    try (Stream<Path> names = Files.list(target)) {
      assertThat(names).containsExactly(written);
    }
  }

  @Test
  void writingAgainReplacesTheFile() throws IOException {
    new DirectoryFile().line("old").writeTo(directory, "directory.csv", StandardCharsets.UTF_8);
    DirectoryFile newer = DirectoryFile.generatedCity("990100", 1, 1, 1);

    Path written = newer.writeTo(directory, "directory.csv", StandardCharsets.UTF_8);

    assertThat(Files.readString(written)).isEqualTo(newer.text());
  }

  @Test
  void aReaderNeverSeesPartOfAFileUnderTheFinalName() throws Exception {
    DirectoryFile big = DirectoryFile.generatedCity("990100", 10, 20, 20);
    byte[] expected = big.bytes(StandardCharsets.UTF_8);
    Path target = directory.resolve("city.csv");
    AtomicBoolean writing = new AtomicBoolean(true);
    AtomicInteger reads = new AtomicInteger();
    List<Integer> partialSizes = new CopyOnWriteArrayList<>();
    List<Throwable> errors = new CopyOnWriteArrayList<>();
    Thread reader =
        new Thread(
            () -> {
              while (writing.get()) {
                try {
                  byte[] seen = Files.readAllBytes(target);
                  reads.incrementAndGet();
                  if (!Arrays.equals(seen, expected)) {
                    partialSizes.add(seen.length);
                  }
                } catch (NoSuchFileException notYet) {
                  // the first write has not been renamed into place yet
                } catch (IOException | RuntimeException e) {
                  errors.add(e);
                }
              }
            });
    reader.start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    try {
      for (int writes = 0;
          (writes < 30 || reads.get() < 30) && System.nanoTime() < deadline;
          writes++) {
        big.writeTo(directory, "city.csv", StandardCharsets.UTF_8);
      }
    } finally {
      writing.set(false);
      reader.join(TimeUnit.SECONDS.toMillis(20));
    }

    assertThat(errors).isEmpty();
    assertThat(reads.get()).as("complete reads during the writes").isGreaterThanOrEqualTo(30);
    assertThat(partialSizes).as("sizes of partly written files seen").isEmpty();
  }

  @Test
  void aGeneratedCityHasTheExpectedUnits() {
    List<String[]> units = units(DirectoryFile.generatedCity("990100", 2, 3, 4));

    Map<String, Integer> byType = new HashMap<>();
    units.forEach(unit -> byType.merge(unit[3], 1, Integer::sum));
    assertThat(units).hasSize(1 + 6 + 2 * (1 + 3 * (1 + 4)));
    assertThat(byType)
        .containsOnly(
            Map.entry("市", 1),
            Map.entry("部门", 6),
            Map.entry("区", 2),
            Map.entry("街道", 6),
            Map.entry("社区", 24));
    assertThat(units).allSatisfy(unit -> assertThat(unit[6]).isEqualTo("正常"));
    assertThat(units.get(0)).containsExactly("990100", "模拟市人民政府", "模拟市", "市", "", "1", "正常");
  }

  @Test
  void everyUnitOfAGeneratedCityHasAUniqueCodeAndAParentListedBeforeIt() {
    List<String[]> units = units(DirectoryFile.generatedCity("990100", 3, 2, 2));

    Set<String> seen = new HashSet<>();
    Map<String, String> typeOf = new HashMap<>();
    for (String[] unit : units) {
      String code = unit[0];
      String type = unit[3];
      String parent = unit[4];
      if (type.equals("市")) {
        assertThat(parent).isEmpty();
      } else {
        assertThat(seen).as("parent of %s", code).contains(parent);
        assertThat(code).startsWith(type.equals("部门") || type.equals("区") ? "9901" : parent);
        String expectedParentType =
            switch (type) {
              case "部门", "区" -> "市";
              case "街道" -> "区";
              case "社区" -> "街道";
              default -> throw new AssertionError("unexpected type " + type);
            };
        assertThat(typeOf.get(parent))
            .as("type of the parent of %s", code)
            .isEqualTo(expectedParentType);
      }
      assertThat(seen.add(code)).as("%s is unique", code).isTrue();
      typeOf.put(code, type);
    }
    assertThat(units)
        .filteredOn(unit -> unit[3].equals("区"))
        .extracting(unit -> unit[0])
        .containsExactly("990101", "990102", "990103");
    assertThat(units)
        .filteredOn(unit -> unit[3].equals("社区"))
        .allSatisfy(unit -> assertThat(unit[0]).hasSize(12));
  }

  private static List<String[]> units(DirectoryFile file) {
    List<String> lines = file.text().lines().toList();
    assertThat(lines.get(0)).isEqualTo(DirectoryFile.HEADER);
    return lines.stream().skip(1).map(line -> line.split(",", -1)).toList();
  }
}

package cn.finegov.simulators.egov;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A directory file as the platform writes it: the header {@code 机构代码,机构名称,机构简称,机构类型,上级机构代码,排序号,状态}
 * and one line per unit, in UTF-8 or GBK. Files are written under a temporary name and renamed, as
 * the platform does, so that a reader never sees half a file.
 */
public final class DirectoryFile {

  public static final String HEADER = "机构代码,机构名称,机构简称,机构类型,上级机构代码,排序号,状态";

  private final List<String> lines = new ArrayList<>();

  public DirectoryFile() {
    lines.add(HEADER);
  }

  /** Adds a unit line; {@code status} is the platform's word (正常, 撤销). */
  public DirectoryFile unit(
      String code,
      String name,
      String shortName,
      String type,
      String parentCode,
      int order,
      String status) {
    lines.add(
        String.join(
            ",",
            code,
            quote(name),
            quote(shortName == null ? "" : shortName),
            type,
            parentCode == null ? "" : parentCode,
            String.valueOf(order),
            status));
    return this;
  }

  /** Adds a raw line as it is (to simulate malformed rows). */
  public DirectoryFile line(String raw) {
    lines.add(raw);
    return this;
  }

  public String text() {
    return String.join("\r\n", lines) + "\r\n";
  }

  public byte[] bytes(Charset charset) {
    return text().getBytes(charset);
  }

  /** Writes the file into {@code directory} atomically and returns its path. */
  public Path writeTo(Path directory, String fileName, Charset charset) {
    try {
      Files.createDirectories(directory);
      Path temporary = directory.resolve("." + fileName + ".part");
      Files.write(temporary, bytes(charset));
      return Files.move(
          temporary,
          directory.resolve(fileName),
          StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String quote(String value) {
    return value.contains(",") || value.contains("\"")
        ? "\"" + value.replace("\"", "\"\"") + "\""
        : value;
  }

  /**
   * The platform's full directory of a generated city: one city, {@code districts} districts each
   * with streets and communities, and departments at city level. Codes follow GB/T 2260 and its
   * street/community extensions.
   */
  public static DirectoryFile generatedCity(
      String cityCode, int districts, int streetsPerDistrict, int communitiesPerStreet) {
    DirectoryFile file = new DirectoryFile();
    file.unit(cityCode, "模拟市人民政府", "模拟市", "市", null, 1, "正常");
    String[] departments = {"城市管理局", "住房和城乡建设局", "生态环境局", "交通运输局", "市场监督管理局", "水务局"};
    for (int d = 0; d < departments.length; d++) {
      file.unit(
          cityCode + "D" + String.format("%02d", d + 1),
          "模拟市" + departments[d],
          departments[d],
          "部门",
          cityCode,
          d + 1,
          "正常");
    }
    String prefix = cityCode.substring(0, 4);
    for (int i = 1; i <= districts; i++) {
      String district = prefix + String.format("%02d", i);
      file.unit(district, "模拟市第" + i + "区人民政府", "第" + i + "区", "区", cityCode, i, "正常");
      for (int s = 1; s <= streetsPerDistrict; s++) {
        String street = district + String.format("%03d", s);
        file.unit(street, "第" + i + "区第" + s + "街道办事处", "第" + s + "街道", "街道", district, s, "正常");
        for (int c = 1; c <= communitiesPerStreet; c++) {
          String community = street + String.format("%03d", c);
          file.unit(
              community, "第" + s + "街道第" + c + "社区居委会", "第" + c + "社区", "社区", street, c, "正常");
        }
      }
    }
    return file;
  }
}

package cn.finegov.systemtest;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Reads the text of downloaded Excel workbooks. */
final class Workbooks {

  private Workbooks() {}

  /**
   * The texts of the workbook (shared strings, inline cells, sheet names), one a line, read with an
   * XML parser so that characters written as references count as themselves.
   */
  static String text(Path workbook) throws Exception {
    List<String> texts = new ArrayList<>();
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    try (ZipFile zip = new ZipFile(workbook.toFile())) {
      for (ZipEntry entry : Collections.list(zip.entries())) {
        if (entry.getName().endsWith(".xml")) {
          try (InputStream in = zip.getInputStream(entry)) {
            collect(factory.newDocumentBuilder().parse(in).getDocumentElement(), texts);
          }
        }
      }
    }
    return String.join("\n", texts);
  }

  private static void collect(Node node, List<String> texts) {
    if (node.getNodeType() == Node.TEXT_NODE && !node.getNodeValue().isBlank()) {
      texts.add(node.getNodeValue());
    }
    if (node instanceof Element element && element.hasAttribute("name")) {
      texts.add(element.getAttribute("name"));
    }
    for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
      collect(child, texts);
    }
  }
}

package cn.finegov.benchmark.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the harness reads from a Faces page's HTML: the view state, ids of components. */
final class FacesForms {

  private static final Pattern VIEW_STATE =
      Pattern.compile(
          "name=\"jakarta\\.faces\\.ViewState\"[^>]*?value=\"([^\"]+)\""
              + "|value=\"([^\"]+)\"[^>]*?name=\"jakarta\\.faces\\.ViewState\"");

  /** The partial response's new view state: {@code <update id="…ViewState…"><![CDATA[x]]>}. */
  private static final Pattern PARTIAL_VIEW_STATE =
      Pattern.compile(
          "<update id=\"[^\"]*jakarta\\.faces\\.ViewState[^\"]*\"><!\\[CDATA\\[([^\\]]*)]]>");

  private FacesForms() {}

  /** The page's (first) view state, or null. */
  static String viewState(String html) {
    Matcher matcher = VIEW_STATE.matcher(html);
    if (!matcher.find()) {
      matcher = PARTIAL_VIEW_STATE.matcher(html);
      return matcher.find() ? matcher.group(1) : null;
    }
    return matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
  }

  /** The id of the first element whose class attribute holds {@code cssClass}, or null. */
  static String idWithClass(String html, String cssClass) {
    Matcher tag = Pattern.compile("<[a-zA-Z]+\\s[^>]*>").matcher(html);
    Pattern classes =
        Pattern.compile("\\sclass=\"(?:[^\"]*\\s)?" + Pattern.quote(cssClass) + "(?:\\s[^\"]*)?\"");
    Pattern id = Pattern.compile("\\sid=\"([^\"]+)\"");
    while (tag.find()) {
      String text = tag.group();
      if (classes.matcher(text).find()) {
        Matcher found = id.matcher(text);
        if (found.find()) {
          return found.group(1);
        }
      }
    }
    return null;
  }

  /** The {@code data-rk} row keys of a tree table's rows, in page order. */
  static List<String> rowKeys(String html) {
    List<String> keys = new ArrayList<>();
    Matcher matcher = Pattern.compile("data-rk=\"([^\"]+)\"").matcher(html);
    while (matcher.find()) {
      keys.add(matcher.group(1));
    }
    return keys;
  }

  /**
   * The form around the element with id {@code elementId}: the last {@code <form id>} before it.
   */
  static String formOf(String html, String elementId) {
    int at = html.indexOf("id=\"" + elementId + "\"");
    if (at < 0) {
      return null;
    }
    Matcher form = Pattern.compile("<form\\s[^>]*?id=\"([^\"]+)\"").matcher(html);
    String last = null;
    while (form.find() && form.start() < at) {
      last = form.group(1);
    }
    return last;
  }
}

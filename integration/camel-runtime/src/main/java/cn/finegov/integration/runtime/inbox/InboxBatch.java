package cn.finegov.integration.runtime.inbox;

import cn.finegov.integration.runtime.api.Inbox;
import cn.finegov.kernel.api.text.JsonTexts;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of a broker message carrying several inbox messages: a JSON array of {@code {"id": ...,
 * "body": ...}} in the order given.
 */
final class InboxBatch {

  private InboxBatch() {}

  static String encode(List<Inbox.Item> items) {
    if (items == null || items.isEmpty()) {
      throw new IllegalArgumentException("A batch has at least one message");
    }
    JsonArrayBuilder array = JsonTexts.array();
    for (Inbox.Item item : items) {
      array.add(JsonTexts.object().add("id", item.messageId()).add("body", item.body()));
    }
    return array.build().toString();
  }

  /**
   * The messages of a batch's text.
   *
   * @throws IllegalArgumentException when the text is not a batch
   */
  static List<Inbox.Item> decode(String text) {
    try (JsonReader reader = JsonTexts.reader(new StringReader(text == null ? "" : text))) {
      List<Inbox.Item> items = new ArrayList<>();
      for (JsonValue value : reader.readArray()) {
        JsonObject item = value.asJsonObject();
        items.add(new Inbox.Item(item.getString("id"), item.getString("body")));
      }
      if (items.isEmpty()) {
        throw new IllegalArgumentException("an empty batch");
      }
      return items;
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("not an inbox batch: " + e.getMessage(), e);
    }
  }
}

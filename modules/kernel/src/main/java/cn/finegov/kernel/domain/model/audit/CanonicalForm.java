package cn.finegov.kernel.domain.model.audit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The unambiguous byte form of an entry that the chain hashes. It is a sequence of fields, each
 * written as a 4-byte big-endian length followed by that many bytes of UTF-8 text; a missing value
 * ({@code null}) is the length {@code 0xFFFFFFFF} with no bytes, so that it differs from an empty
 * text. The fields, in this order:
 *
 * <ol>
 *   <li>the format tag {@value #TAG}
 *   <li>chain sequence (decimal)
 *   <li>entry id (decimal)
 *   <li>time, UTC, {@code yyyy-MM-ddTHH:mm:ss.ffffffZ} (always six fraction digits)
 *   <li>actor, actor name, actor unit code, actor unit path, client address
 *   <li>entity type, entity id, action
 *   <li>before values, after values (the stored JSON text, unchanged)
 *   <li>label of the hash function ({@code SM3} or {@code SHA-256})
 * </ol>
 *
 * <p>The link of entry {@code n} is {@code H(hash(n-1) || canonical(n))} where {@code hash(n-1)} is
 * the previous link's 32 digest bytes (32 zero bytes before the first entry, or the anchor's hash
 * after a purge) and {@code H} the function the entry names.
 */
public final class CanonicalForm {

  /** First field of every canonical form; a new layout gets a new tag. */
  public static final String TAG = "finegov-audit-chain/1";

  private static final byte[] TAG_BYTES = TAG.getBytes(StandardCharsets.UTF_8);
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

  private CanonicalForm() {}

  /** The canonical bytes of {@code entry} sealed at {@code seq} with {@code algorithm}. */
  public static byte[] of(long seq, String algorithm, EntryContent entry) {
    Writer out = new Writer();
    out.field(TAG_BYTES);
    out.field(Long.toString(seq));
    out.field(Long.toString(entry.id()));
    out.field(TIME.format(entry.occurredAt()));
    out.field(entry.actor());
    out.field(entry.actorName());
    out.field(entry.actorUnit());
    out.field(entry.actorUnitPath());
    out.field(entry.clientAddress());
    out.field(entry.entityType());
    out.field(entry.entityId());
    out.field(entry.action());
    out.field(entry.beforeValues());
    out.field(entry.afterValues());
    out.field(algorithm);
    return out.toByteArray();
  }

  private static final class Writer extends ByteArrayOutputStream {

    Writer() {
      super(512);
    }

    void field(String value) {
      field(value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    void field(byte[] value) {
      if (value == null) {
        length(-1);
      } else {
        length(value.length);
        write(value, 0, value.length);
      }
    }

    private void length(int length) {
      write(length >>> 24);
      write(length >>> 16);
      write(length >>> 8);
      write(length);
    }
  }
}

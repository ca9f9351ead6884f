package cn.finegov.kernel.domain.model.audit;

import static cn.finegov.kernel.domain.model.audit.AuditEntries.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.junit.jupiter.api.Test;

/** The canonical form is exactly the documented layout, and no two entries share one. */
class CanonicalFormTest {

  @Test
  void theFormIsTheDocumentedLayoutAndTheLinkItsSm3AfterThePreviousHash() throws IOException {
    EntryContent entry =
        new EntryContent(
            7,
            Instant.parse("2026-03-02T01:02:03.4Z"),
            "sysadmin",
            "王建国",
            "990100-ZW",
            "/1/7/",
            "10.1.2.3",
            "OrgUnit",
            "42",
            "CREATE",
            null,
            "{\"name\":\"城管局\"}");

    // Written by hand from the documentation: 4-byte big-endian length + UTF-8, null = -1.
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    for (String field :
        new String[] {
          "finegov-audit-chain/1",
          "3",
          "7",
          "2026-03-02T01:02:03.400000Z",
          "sysadmin",
          "王建国",
          "990100-ZW",
          "/1/7/",
          "10.1.2.3",
          "OrgUnit",
          "42",
          "CREATE",
          null,
          "{\"name\":\"城管局\"}",
          "SM3"
        }) {
      if (field == null) {
        out.writeInt(-1);
      } else {
        byte[] utf8 = field.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
      }
    }
    byte[] expected = bytes.toByteArray();

    assertThat(CanonicalForm.of(3, "SM3", entry)).isEqualTo(expected);

    SM3Digest sm3 = new SM3Digest();
    sm3.update(new byte[32], 0, 32);
    sm3.update(expected, 0, expected.length);
    byte[] digest = new byte[32];
    sm3.doFinal(digest, 0);
    assertThat(AuditChain.link(AuditChain.GENESIS, 3, HashAlgorithm.SM3, entry))
        .isEqualTo(HexFormat.of().formatHex(digest));
  }

  @Test
  void movingCharactersBetweenNeighbouringFieldsGivesAnotherForm() {
    EntryContent base = entry(1);
    EntryContent ab =
        new EntryContent(
            1, base.occurredAt(), "ab", "c", null, null, null, "T", "1", "A", null, null);
    EntryContent a =
        new EntryContent(
            1, base.occurredAt(), "a", "bc", null, null, null, "T", "1", "A", null, null);
    EntryContent joined =
        new EntryContent(
            1, base.occurredAt(), "abc", null, null, null, null, "T", "1", "A", null, null);

    assertThat(CanonicalForm.of(1, "SM3", ab))
        .isNotEqualTo(CanonicalForm.of(1, "SM3", a))
        .isNotEqualTo(CanonicalForm.of(1, "SM3", joined));
    assertThat(AuditChain.link(AuditChain.GENESIS, 1, HashAlgorithm.SM3, ab))
        .isNotEqualTo(AuditChain.link(AuditChain.GENESIS, 1, HashAlgorithm.SM3, a));
  }

  @Test
  void aMissingValueDiffersFromAnEmptyOne() {
    EntryContent base = entry(1);
    EntryContent missing = AuditEntries.withAfter(base, null);
    EntryContent empty = AuditEntries.withAfter(base, "");

    assertThat(CanonicalForm.of(1, "SM3", missing)).isNotEqualTo(CanonicalForm.of(1, "SM3", empty));
  }

  @Test
  void aValueThatLooksLikeALengthPrefixCannotForgeAField() {
    EntryContent base = entry(1);
    // The after value of one entry carries bytes that spell "length 3, SM3" at its end.
    EntryContent sneaky = AuditEntries.withAfter(base, "x\u0000\u0000\u0000\u0003SM3");

    assertThat(CanonicalForm.of(1, "SM3", sneaky))
        .isNotEqualTo(CanonicalForm.of(1, "SM3", AuditEntries.withAfter(base, "x")));
  }

  @Test
  void positionFunctionAndTimeToTheMicrosecondArePartOfTheForm() {
    EntryContent base = entry(1);
    EntryContent aMicrosecondLater =
        new EntryContent(
            base.id(),
            base.occurredAt().plusNanos(1_000),
            base.actor(),
            base.actorName(),
            base.actorUnit(),
            base.actorUnitPath(),
            base.clientAddress(),
            base.entityType(),
            base.entityId(),
            base.action(),
            base.beforeValues(),
            base.afterValues());

    byte[] form = CanonicalForm.of(1, "SM3", base);
    assertThat(form).isNotEqualTo(CanonicalForm.of(2, "SM3", base));
    assertThat(form).isNotEqualTo(CanonicalForm.of(1, "SHA-256", base));
    assertThat(form).isNotEqualTo(CanonicalForm.of(1, "SM3", aMicrosecondLater));
    assertThat(new String(form, StandardCharsets.UTF_8)).contains("2026-03-02T01:02:04.456789Z");
  }
}

package cn.finegov.kernel.domain.model.audit;

import static cn.finegov.kernel.domain.model.audit.AuditEntries.entry;
import static org.assertj.core.api.Assertions.assertThat;

import cn.finegov.kernel.domain.model.audit.ChainBreak.Problem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sealing and verifying the chain without a database: intact chains, changed values, changed
 * hashes, missing entries, a switch of hash function midway, purged starts.
 */
class ChainVerifierTest {

  /** Entries 1..n sealed in order, the first {@code sm3} with SM3, the rest with SHA-256. */
  private static List<ChainedEntry> chain(int n, int sm3) {
    List<EntryContent> first = new ArrayList<>();
    List<EntryContent> rest = new ArrayList<>();
    for (int id = 1; id <= n; id++) {
      (id <= sm3 ? first : rest).add(entry(id));
    }
    List<ChainLink> links =
        new ArrayList<>(AuditChain.extend(0, AuditChain.GENESIS, HashAlgorithm.SM3, first));
    String last = links.isEmpty() ? AuditChain.GENESIS : links.get(links.size() - 1).hash();
    links.addAll(AuditChain.extend(links.size(), last, HashAlgorithm.SHA_256, rest));
    List<ChainedEntry> entries = new ArrayList<>();
    for (ChainLink link : links) {
      entries.add(
          new ChainedEntry(entry(link.entryId()), link.seq(), link.algorithm(), link.hash()));
    }
    return entries;
  }

  private static List<ChainedEntry> chain(int n) {
    return chain(n, n);
  }

  private static VerificationOutcome verify(List<ChainedEntry> entries, ChainedEntry head) {
    return verify(entries, 0, AuditChain.GENESIS, head.seq(), head.hash());
  }

  private static VerificationOutcome verify(
      List<ChainedEntry> entries, long anchorSeq, String anchorHash, long headSeq, String head) {
    ChainVerifier verifier = new ChainVerifier(anchorSeq, anchorHash);
    for (ChainedEntry entry : entries) {
      if (!verifier.accept(entry)) {
        break;
      }
    }
    return verifier.finish(headSeq, head);
  }

  private static ChainedEntry replaced(ChainedEntry e, EntryContent content) {
    return new ChainedEntry(content, e.seq(), e.algorithm(), e.hash());
  }

  private static ChainedEntry rehashed(ChainedEntry e, String hash) {
    return new ChainedEntry(e.content(), e.seq(), e.algorithm(), hash);
  }

  @Test
  void extendingNumbersTheEntriesGapFreeAfterTheHead() {
    List<ChainLink> links =
        AuditChain.extend(
            41, AuditChain.GENESIS, HashAlgorithm.SM3, List.of(entry(9), entry(3), entry(12)));

    assertThat(links).extracting(ChainLink::seq).containsExactly(42L, 43L, 44L);
    assertThat(links).extracting(ChainLink::entryId).containsExactly(9L, 3L, 12L);
    assertThat(links).allSatisfy(link -> assertThat(AuditChain.wellFormed(link.hash())).isTrue());
    assertThat(links.get(1).hash())
        .isEqualTo(AuditChain.link(links.get(0).hash(), 43, HashAlgorithm.SM3, entry(3)));
  }

  @Test
  void anUntouchedChainIsIntactUpToItsHead() {
    List<ChainedEntry> entries = chain(10);

    VerificationOutcome outcome = verify(entries, entries.get(9));

    assertThat(outcome.intact()).isTrue();
    assertThat(outcome.verifiedUpTo()).isEqualTo(10);
    assertThat(outcome.checked()).isEqualTo(10);
    assertThat(outcome.anchorSeq()).isZero();
  }

  @Test
  void anEmptyChainIsIntact() {
    VerificationOutcome outcome = verify(List.of(), 0, AuditChain.GENESIS, 0, AuditChain.GENESIS);

    assertThat(outcome.intact()).isTrue();
    assertThat(outcome.verifiedUpTo()).isZero();
  }

  @Test
  void aChangedValueIsReportedAtItsEntry() {
    List<ChainedEntry> entries = chain(10);
    ChainedEntry original = entries.get(3);
    entries.set(3, replaced(original, AuditEntries.withAfter(original.content(), "{\"x\":1}")));

    VerificationOutcome outcome = verify(entries, entries.get(9));

    assertThat(outcome.intact()).isFalse();
    assertThat(outcome.verifiedUpTo()).isEqualTo(3);
    ChainBreak broken = outcome.broken();
    assertThat(broken.seq()).isEqualTo(4);
    assertThat(broken.entryId()).isEqualTo(4);
    assertThat(broken.problem()).isEqualTo(Problem.CONTENT_CHANGED);
    assertThat(broken.found()).isEqualTo(original.hash());
    assertThat(broken.expected()).isNotEqualTo(original.hash());
  }

  @Test
  void aChangedHashIsReportedAtItsEntry() {
    List<ChainedEntry> entries = chain(10);
    ChainedEntry original = entries.get(6);
    String forged = "f".repeat(64);
    entries.set(6, rehashed(original, forged));

    ChainBreak broken = verify(entries, entries.get(9)).broken();

    assertThat(broken.seq()).isEqualTo(7);
    assertThat(broken.entryId()).isEqualTo(7);
    assertThat(broken.problem()).isEqualTo(Problem.HASH_CHANGED);
    assertThat(broken.expected()).isEqualTo(original.hash());
    assertThat(broken.found()).isEqualTo(forged);
  }

  @Test
  void aChangeOfTheLastEntryIsToldApartByTheHead() {
    List<ChainedEntry> entries = chain(5);
    ChainedEntry last = entries.get(4);
    List<ChainedEntry> changedValues = new ArrayList<>(entries);
    changedValues.set(4, replaced(last, AuditEntries.withAfter(last.content(), null)));
    List<ChainedEntry> changedHash = new ArrayList<>(entries);
    changedHash.set(4, rehashed(last, "0".repeat(63) + "1"));

    assertThat(verify(changedValues, last).broken().problem()).isEqualTo(Problem.CONTENT_CHANGED);
    assertThat(verify(changedHash, last).broken().problem()).isEqualTo(Problem.HASH_CHANGED);
    assertThat(verify(changedHash, last).broken().seq()).isEqualTo(5);
  }

  @Test
  void valuesChangedAndTheirHashRecomputedBreakTheNextLink() {
    List<ChainedEntry> entries = chain(10);
    ChainedEntry third = entries.get(2);
    EntryContent changed = AuditEntries.withAfter(third.content(), "{\"name\":\"伪造\"}");
    String recomputed = AuditChain.link(entries.get(1).hash(), 3, HashAlgorithm.SM3, changed);
    entries.set(2, new ChainedEntry(changed, 3, "SM3", recomputed));

    ChainBreak broken = verify(entries, entries.get(9)).broken();

    assertThat(broken.seq()).isEqualTo(4);
    assertThat(broken.entryId()).isEqualTo(4);
  }

  @Test
  void aMissingEntryIsReportedAtItsPosition() {
    List<ChainedEntry> entries = chain(10);
    entries.remove(3);

    VerificationOutcome outcome = verify(entries, chain(10).get(9));

    assertThat(outcome.verifiedUpTo()).isEqualTo(3);
    assertThat(outcome.broken()).isEqualTo(new ChainBreak(4, 5L, Problem.MISSING_ENTRY, "4", "5"));
  }

  @Test
  void entriesMissingAtTheEndAreFoundThroughTheHead() {
    List<ChainedEntry> entries = chain(10);
    ChainedEntry head = entries.get(9);
    entries.remove(9);
    entries.remove(8);

    ChainBreak broken = verify(entries, head).broken();

    assertThat(broken.seq()).isEqualTo(9);
    assertThat(broken.entryId()).isNull();
    assertThat(broken.problem()).isEqualTo(Problem.MISSING_ENTRY);
  }

  @Test
  void aChangedHeadIsReported() {
    List<ChainedEntry> entries = chain(4);

    ChainBreak broken = verify(entries, 0, AuditChain.GENESIS, 4, "a".repeat(64)).broken();

    assertThat(broken.problem()).isEqualTo(Problem.HEAD_MISMATCH);
    assertThat(broken.seq()).isEqualTo(4);
  }

  @Test
  void swappedEntriesAreReportedAtTheFirstOfThem() {
    List<ChainedEntry> entries = chain(6);
    ChainedEntry third = entries.get(2);
    ChainedEntry fourth = entries.get(3);
    entries.set(2, replaced(third, fourth.content()));
    entries.set(3, replaced(fourth, third.content()));

    ChainBreak broken = verify(entries, entries.get(5)).broken();

    assertThat(broken.seq()).isEqualTo(3);
    assertThat(broken.entryId()).isEqualTo(4);
  }

  @Test
  void aSwitchOfHashFunctionMidwayStillVerifies() {
    List<ChainedEntry> entries = chain(10, 6);

    assertThat(entries.get(5).algorithm()).isEqualTo("SM3");
    assertThat(entries.get(6).algorithm()).isEqualTo("SHA-256");
    assertThat(verify(entries, entries.get(9)).intact()).isTrue();
  }

  @Test
  void theFunctionAnEntryNamesIsProtectedToo() {
    List<ChainedEntry> entries = chain(10, 6);
    ChainedEntry seventh = entries.get(6);
    entries.set(6, new ChainedEntry(seventh.content(), 7, "SM3", seventh.hash()));
    List<ChainedEntry> unknown = chain(10, 6);
    unknown.set(6, new ChainedEntry(seventh.content(), 7, "MD5", seventh.hash()));

    assertThat(verify(entries, entries.get(9)).broken().seq()).isEqualTo(7);
    ChainBreak broken = verify(unknown, unknown.get(9)).broken();
    assertThat(broken.problem()).isEqualTo(Problem.UNKNOWN_ALGORITHM);
    assertThat(broken.found()).isEqualTo("MD5");
  }

  @Test
  void afterAPurgeTheChainVerifiesFromItsAnchor() {
    List<ChainedEntry> entries = chain(10);
    ChainedEntry anchor = entries.get(3);
    List<ChainedEntry> kept = entries.subList(4, 10);

    VerificationOutcome outcome = verify(kept, 4, anchor.hash(), 10, entries.get(9).hash());

    assertThat(outcome.intact()).isTrue();
    assertThat(outcome.anchorSeq()).isEqualTo(4);
    assertThat(outcome.checked()).isEqualTo(6);
    ChainBreak wrongAnchor =
        verify(kept, 4, entries.get(2).hash(), 10, entries.get(9).hash()).broken();
    assertThat(wrongAnchor.seq()).isEqualTo(5);
    ChainBreak badAnchor = verify(kept, 4, "nonsense", 10, entries.get(9).hash()).broken();
    assertThat(badAnchor.problem()).isEqualTo(Problem.ANCHOR_INVALID);
  }

  @Test
  void theVerifierStopsReadingAfterTheFirstBreak() {
    List<ChainedEntry> entries = chain(10);
    entries.set(1, rehashed(entries.get(1), "b".repeat(64)));
    ChainVerifier verifier = new ChainVerifier(0, AuditChain.GENESIS);

    assertThat(verifier.accept(entries.get(0))).isTrue();
    assertThat(verifier.accept(entries.get(1))).isTrue(); // one more tells what changed
    assertThat(verifier.accept(entries.get(2))).isFalse();
    assertThat(verifier.accept(entries.get(3))).isFalse();
    assertThat(verifier.broken()).hasValueSatisfying(b -> assertThat(b.seq()).isEqualTo(2));
  }
}

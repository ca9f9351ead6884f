package cn.finegov.simulators.hotline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * What a scenario sent and what the suite answered.
 *
 * @param count the number of items sent (unique valid + duplicates + malformed)
 * @param channel how they were sent
 * @param threads on how many threads
 * @param batchSize tickets per push (1: single pushes)
 * @param uniqueValid well-formed tickets with a fresh number
 * @param duplicates resends of a unique valid ticket (same number, same payload)
 * @param malformedByKind malformed tickets per kind
 * @param accepted pushes answered ACCEPTED
 * @param duplicateAnswers pushes answered DUPLICATE
 * @param rejected pushes answered REJECTED
 * @param failed pushes the hotline gave up
 * @param malformedOutcomes the answers to the malformed pushes per kind
 * @param rowsWritten rows written into the middle database
 * @param rowsFailed rows that could not be written
 * @param validTicketNumbers the numbers of the unique valid tickets, in generation order
 * @param millis how long the scenario took
 */
public record ScenarioReport(
    int count,
    Channel channel,
    int threads,
    int batchSize,
    int uniqueValid,
    int duplicates,
    Map<MalformedKind, Integer> malformedByKind,
    int accepted,
    int duplicateAnswers,
    int rejected,
    int failed,
    Map<MalformedKind, Map<Outcome, Integer>> malformedOutcomes,
    int rowsWritten,
    int rowsFailed,
    List<String> validTicketNumbers,
    long millis) {

  /** The number of malformed tickets sent. */
  public int malformed() {
    return malformedByKind.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** Pushes answered ACCEPTED or DUPLICATE. */
  public int acknowledged() {
    return accepted + duplicateAnswers;
  }

  /** The report as JSON (without the ticket numbers). */
  public String json() {
    ObjectNode node = Json.object();
    node.put("count", count);
    node.put("channel", channel.name());
    node.put("threads", threads);
    node.put("batchSize", batchSize);
    node.put("uniqueValid", uniqueValid);
    node.put("duplicates", duplicates);
    node.put("malformed", malformed());
    ObjectNode kinds = node.putObject("malformedByKind");
    malformedByKind.forEach((kind, n) -> kinds.put(kind.name(), n));
    node.put("accepted", accepted);
    node.put("duplicateAnswers", duplicateAnswers);
    node.put("acknowledged", acknowledged());
    node.put("rejected", rejected);
    node.put("failed", failed);
    ObjectNode outcomes = node.putObject("malformedOutcomes");
    malformedOutcomes.forEach(
        (kind, byOutcome) -> {
          ObjectNode entry = outcomes.putObject(kind.name());
          byOutcome.forEach((outcome, n) -> entry.put(outcome.name(), n));
        });
    node.put("rowsWritten", rowsWritten);
    node.put("rowsFailed", rowsFailed);
    node.put("millis", millis);
    return Json.write(node);
  }
}

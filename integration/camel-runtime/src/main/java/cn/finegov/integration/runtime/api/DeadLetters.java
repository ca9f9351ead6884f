package cn.finegov.integration.runtime.api;

/** Keeps messages that could not be processed, with the reason, for inspection and replay. */
public interface DeadLetters {

  /**
   * Stores a dead letter in the caller's transaction (or its own when there is none). A draft with
   * the dedup key of an open dead letter updates it (reason, count, time) instead of adding
   * another.
   *
   * @return the dead letter's identifier
   */
  long record(DeadLetterDraft draft);

  /** Header carrying the replay target of a Camel exchange that ends in the dead letters. */
  String REPLAY_TARGET = "GovernanceReplayTarget";

  /** Header carrying the flow of a Camel exchange. */
  String FLOW = "GovernanceFlow";

  /** Header carrying the source (file name, message id) of a Camel exchange. */
  String SOURCE = "GovernanceSource";
}

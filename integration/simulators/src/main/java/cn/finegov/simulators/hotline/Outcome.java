package cn.finegov.simulators.hotline;

/** The final answer the hotline recorded for a push. */
public enum Outcome {
  /** 202: durable on the suite's side. */
  ACCEPTED,
  /** 200: the suite already had it. */
  DUPLICATE,
  /** 400: malformed; the reason is recorded. */
  REJECTED,
  /** The hotline gave up: retries exhausted, or an answer that is neither success nor 400. */
  FAILED;

  /** Whether the suite has the ticket: ACCEPTED or DUPLICATE. */
  public boolean acknowledged() {
    return this == ACCEPTED || this == DUPLICATE;
  }
}

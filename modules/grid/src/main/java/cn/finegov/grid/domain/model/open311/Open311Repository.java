package cn.finegov.grid.domain.model.open311;

import java.util.List;
import java.util.Optional;

/** The Open311 server's records and its public view of cases. */
public interface Open311Repository {

  Open311Request store(Open311Request request);

  Optional<Open311Request> findByToken(String token);

  /**
   * Cases the public may see, newest first: of the filter's (public) categories, not from the 12345
   * hotline (callers' accounts stay inside), at most {@code max}.
   */
  List<PublicCase> publicCases(PublicCaseFilter filter, int max);

  /** How many Open311 requests are stored (tests and monitoring). */
  long count();
}

package cn.finegov.integration.runtime.deadletter;

import cn.finegov.integration.runtime.IntegrationModule;
import cn.finegov.integration.runtime.api.DeadLetterDraft;
import cn.finegov.integration.runtime.api.DeadLetters;
import cn.finegov.integration.runtime.api.Inbox;
import cn.finegov.integration.runtime.camel.CamelRuntime;
import cn.finegov.kernel.api.audit.AuditLog;
import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.security.ActorContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Stores dead letters and acts on them: list, inspect, replay to where they failed, discard.
 * Replays and discards are for the system administrator and audited.
 */
@ApplicationScoped
public class DeadLetterService implements DeadLetters {

  static final String INBOX_PREFIX = "inbox:";
  private static final int MAX_STACK = 8000;

  @PersistenceContext(unitName = "integration")
  private EntityManager em;

  @Inject private Clock clock;
  @Inject private ActorContext actors;
  @Inject private AuditLog audit;
  @Inject private Inbox inbox;
  @Inject private CamelRuntime camel;

  @Override
  @Transactional(TxType.REQUIRED)
  public long record(DeadLetterDraft draft) {
    String headers = HeaderJson.write(draft.headers());
    DeadLetter letter =
        Optional.ofNullable(draft.dedupKey())
            .flatMap(this::findByDedupKey)
            .map(
                existing -> {
                  existing.refreshContent(
                      draft.body(), headers, draft.source(), draft.replayTarget());
                  return existing;
                })
            .orElseGet(
                () -> {
                  DeadLetter created =
                      new DeadLetter(
                          draft.flow(),
                          draft.routeId(),
                          draft.source(),
                          draft.reference(),
                          draft.body(),
                          headers,
                          draft.replayTarget(),
                          draft.dedupKey(),
                          clock.instant());
                  em.persist(created);
                  return created;
                });
    Throwable failure = draft.failure();
    letter.failed(
        draft.reason(),
        failure == null ? null : failure.getClass().getName(),
        failure == null ? null : stackTrace(failure),
        clock.instant());
    return letter.id();
  }

  private Optional<DeadLetter> findByDedupKey(String key) {
    return em.createQuery("select d from DeadLetter d where d.dedupKey = :key", DeadLetter.class)
        .setParameter("key", key)
        .getResultStream()
        .findFirst();
  }

  /** Dead letters matching the query, latest failure first; bodies are cut to 500 characters. */
  @Transactional(TxType.SUPPORTS)
  public List<DeadLetterView> search(DeadLetterQuery query, int first, int max) {
    actors.requireWholeTree(IntegrationModule.OPERATE);
    Map<String, Object> parameters = new LinkedHashMap<>();
    TypedQuery<DeadLetter> typed =
        em.createQuery(
            "select d from DeadLetter d"
                + where(query, parameters)
                + " order by d.lastFailedAt desc, d.id desc",
            DeadLetter.class);
    parameters.forEach(typed::setParameter);
    return typed.setFirstResult(first).setMaxResults(Math.min(max, 10_000)).getResultList().stream()
        .map(letter -> DeadLetterView.of(letter, DeadLetterView.LIST_BODY))
        .toList();
  }

  @Transactional(TxType.SUPPORTS)
  public long count(DeadLetterQuery query) {
    actors.requireWholeTree(IntegrationModule.OPERATE);
    return countOf(query);
  }

  /** Number of open dead letters, for dashboards and health (no permission needed). */
  @Transactional(TxType.SUPPORTS)
  public long countOpen() {
    return countOf(DeadLetterQuery.open());
  }

  private long countOf(DeadLetterQuery query) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    TypedQuery<Long> typed =
        em.createQuery("select count(d) from DeadLetter d" + where(query, parameters), Long.class);
    parameters.forEach(typed::setParameter);
    return typed.getSingleResult();
  }

  @Transactional(TxType.SUPPORTS)
  public DeadLetterView find(long id) {
    actors.requireWholeTree(IntegrationModule.OPERATE);
    return DeadLetterView.of(existing(id));
  }

  /**
   * Sends the original message again to where it failed. For the inbox this happens in this
   * transaction (the message is queued when the replay is recorded); a Camel endpoint is called
   * after the commit of the mark.
   */
  @Transactional
  public DeadLetterView replay(long id) {
    actors.requireWholeTree(IntegrationModule.OPERATE);
    DeadLetter letter = existing(id);
    if (letter.status() == DeadLetterStatus.DISCARDED) {
      throw DomainException.rule("deadletter.discarded", id);
    }
    String target = letter.replayTarget();
    if (target == null || target.isBlank()) {
      throw DomainException.rule("deadletter.not-replayable", id);
    }
    Map<String, String> headers = HeaderJson.read(letter.headers());
    letter.replayed(actors.current().name(), clock.instant());
    audit.record("DeadLetter", String.valueOf(id), "REPLAY", Map.of(), Map.of("target", target));
    if (target.startsWith(INBOX_PREFIX)) {
      inbox.enqueue(
          target.substring(INBOX_PREFIX.length()),
          headers.get("GovernanceMessageId"),
          letter.body(),
          headers);
    } else {
      camel.sendAfterCommit(target, letter.body(), headers);
    }
    return DeadLetterView.of(letter);
  }

  @Transactional
  public DeadLetterView discard(long id) {
    actors.requireWholeTree(IntegrationModule.OPERATE);
    DeadLetter letter = existing(id);
    if (letter.status() != DeadLetterStatus.DISCARDED) {
      letter.discard(actors.current().name(), clock.instant());
      audit.record("DeadLetter", String.valueOf(id), "DISCARD");
    }
    return DeadLetterView.of(letter);
  }

  private DeadLetter existing(long id) {
    DeadLetter letter = em.find(DeadLetter.class, id);
    if (letter == null) {
      throw DomainException.notFound("deadletter.not-found", id);
    }
    return letter;
  }

  private static String where(DeadLetterQuery query, Map<String, Object> parameters) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    if (query.flow() != null && !query.flow().isBlank()) {
      where.append(" and d.flow = :flow");
      parameters.put("flow", query.flow().strip());
    }
    if (query.status() != null) {
      where.append(" and d.status = :status");
      parameters.put("status", query.status());
    }
    if (query.text() != null && !query.text().isBlank()) {
      where.append(
          " and (lower(d.source) like :text or lower(d.reference) like :text or lower(d.reason) like :text)");
      parameters.put("text", "%" + query.text().strip().toLowerCase(Locale.ROOT) + "%");
    }
    return where.toString();
  }

  private static String stackTrace(Throwable failure) {
    StringWriter text = new StringWriter();
    failure.printStackTrace(new PrintWriter(text));
    String trace = text.toString();
    return trace.length() <= MAX_STACK ? trace : trace.substring(0, MAX_STACK) + "\n…";
  }
}

package cn.finegov.kernel.interfaces.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The signed-in sessions of this server, by login name, so that a new sign-in can end the person's
 * other sessions when only one is allowed. Sessions leave it when they end ({@link
 * SessionEndListener}).
 */
@ApplicationScoped
public class SessionRegistry {

  /** Identifiers of sessions ended by a newer sign-in that are remembered for the notice. */
  static final int REMEMBERED_REPLACED = 10_000;

  private final Map<String, Set<HttpSession>> sessions = new ConcurrentHashMap<>();
  private final Set<String> replaced = ConcurrentHashMap.newKeySet();

  /**
   * Registers a session of {@code username}.
   *
   * @param single whether the person's other sessions end
   * @return the number of other sessions that were ended
   */
  public int register(String username, HttpSession session, boolean single) {
    Set<HttpSession> own =
        sessions.computeIfAbsent(username, name -> ConcurrentHashMap.newKeySet());
    List<HttpSession> others = new ArrayList<>();
    if (single) {
      for (HttpSession other : own) {
        if (!other.getId().equals(session.getId())) {
          others.add(other);
        }
      }
    }
    own.add(session);
    int ended = 0;
    for (HttpSession other : others) {
      own.remove(other);
      try {
        String id = other.getId();
        other.invalidate();
        remember(id);
        ended++;
      } catch (IllegalStateException alreadyGone) {
        // Ended in the meantime.
      }
    }
    return ended;
  }

  /**
   * Whether the session with this identifier was ended by a newer sign-in of the same person
   * (answered once: the notice is shown once).
   */
  public boolean wasReplaced(String sessionId) {
    return sessionId != null && replaced.remove(sessionId);
  }

  private void remember(String sessionId) {
    if (replaced.size() >= REMEMBERED_REPLACED) {
      // Only the notice is lost for the oldest: the sessions are ended regardless.
      replaced.clear();
    }
    replaced.add(sessionId);
  }

  /** Forgets a session that ended. */
  public void forget(HttpSession session) {
    sessions.values().forEach(own -> own.removeIf(s -> s.getId().equals(session.getId())));
    sessions.values().removeIf(Set::isEmpty);
  }

  /** Number of signed-in sessions of a person on this server. */
  public int count(String username) {
    return sessions.getOrDefault(username, Set.of()).size();
  }
}

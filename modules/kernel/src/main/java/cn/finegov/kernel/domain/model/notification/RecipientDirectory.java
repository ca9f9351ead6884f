package cn.finegov.kernel.domain.model.notification;

import java.util.Collection;
import java.util.List;

/** Finds the people notifications go to. */
public interface RecipientDirectory {

  /**
   * A person who may receive notifications.
   *
   * @param username login name
   * @param displayName name
   * @param unitPath path of his unit
   */
  record Person(String username, String displayName, String unitPath) {}

  /** The active accounts among these login names. */
  List<Person> activeUsers(Collection<String> usernames);

  /**
   * The active people whose roles grant {@code permission} and whose scope (own unit or a granted
   * unit, each with everything below) covers the unit with path {@code unitPath}.
   */
  List<Person> holders(String permission, String unitPath);
}

package cn.finegov.kernel.application.user;

import java.util.Set;

/** How a sign-in ended. */
public sealed interface SignInResult {

  /**
   * The person may in.
   *
   * @param username login name
   * @param roles role codes held
   * @param passwordChangeRequired whether he must choose a new password before anything else (first
   *     sign-in, a password set by an administrator, or an expired one)
   */
  record Accepted(String username, Set<String> roles, boolean passwordChangeRequired)
      implements SignInResult {

    public Accepted {
      roles = Set.copyOf(roles);
    }
  }

  /**
   * The person may not in, with the reason to show him.
   *
   * @param messageKey bundle key of the reason
   * @param arguments its arguments
   */
  record Refused(String messageKey, Object... arguments) implements SignInResult {}
}

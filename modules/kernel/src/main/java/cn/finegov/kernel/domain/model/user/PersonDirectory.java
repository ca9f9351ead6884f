package cn.finegov.kernel.domain.model.user;

import java.util.Optional;

/** An external directory of people (LDAP, Active Directory) that checks passwords. */
public interface PersonDirectory {

  /**
   * Checks the password in the directory.
   *
   * @return the person when the directory knows the name and accepts the password
   * @throws DirectoryUnavailableException when the directory cannot be asked
   */
  Optional<DirectoryPerson> authenticate(String username, char[] password);

  /** The directory could not be reached or refused the service account. */
  class DirectoryUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DirectoryUnavailableException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}

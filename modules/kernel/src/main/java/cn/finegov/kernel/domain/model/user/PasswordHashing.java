package cn.finegov.kernel.domain.model.user;

/** Turns passwords into hashes fit to store, and checks a password against a stored hash. */
public interface PasswordHashing {

  String hash(char[] password);

  boolean matches(char[] password, String storedHash);
}

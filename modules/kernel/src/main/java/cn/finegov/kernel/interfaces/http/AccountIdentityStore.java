package cn.finegov.kernel.interfaces.http;

import cn.finegov.kernel.application.user.SignInResult;
import cn.finegov.kernel.application.user.SignInService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Locale;

/**
 * Validates login names and passwords through {@link SignInService} (accounts here or the LDAP
 * directory, lockout); groups are role codes. Why a sign-in was refused is kept by the service for
 * the login page and the 401 answer.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

  @Inject private SignInService signIn;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    String name =
        login.getCaller() == null ? "" : login.getCaller().strip().toLowerCase(Locale.ROOT);
    SignInResult result = signIn.signIn(name, login.getPassword().getValue());
    if (result instanceof SignInResult.Accepted accepted) {
      return new CredentialValidationResult(accepted.username(), accepted.roles());
    }
    return CredentialValidationResult.INVALID_RESULT;
  }
}

package cn.finegov.kernel.interfaces.http;

import cn.finegov.kernel.application.user.SignInService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Locale;

/**
 * Validates login names and passwords against the user accounts in the database; groups are role
 * names.
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
    return signIn
        .signIn(name, login.getPassword().getValue())
        .map(roles -> new CredentialValidationResult(name, roles))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }
}

package cn.finegov.kernel.interfaces.web;

import cn.finegov.kernel.application.security.SecurityPolicy;
import cn.finegov.kernel.application.user.UserService;
import cn.finegov.kernel.domain.model.user.PasswordPolicy;
import cn.finegov.kernel.interfaces.http.PasswordChangeGate;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/**
 * The own password: changed at will, and before anything else after the first sign-in, after an
 * administrator set it, or when it expired.
 */
@Named("passwordChange")
@RequestScoped
public class PasswordBean {

  @Inject private UserService users;
  @Inject private SecurityPolicy policy;
  @Inject private Faces faces;

  private String currentPassword;
  private String newPassword;
  private String confirmation;

  public void change() throws IOException {
    char[] current = chars(currentPassword);
    char[] wanted = chars(newPassword);
    currentPassword = null;
    if (newPassword == null || !newPassword.equals(confirmation)) {
      newPassword = null;
      confirmation = null;
      faces.error("password.confirmation.mismatch");
      FacesContext.getCurrentInstance().validationFailed();
      return;
    }
    newPassword = null;
    confirmation = null;
    boolean wasRequired = isRequired();
    if (faces.attempt(() -> users.changeOwnPassword(current, wanted))) {
      ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
      PasswordChangeGate.satisfied((HttpServletRequest) external.getRequest());
      if (wasRequired) {
        external.getFlash().setKeepMessages(true);
        faces.info("password.changed");
        external.redirect(external.getRequestContextPath() + "/index.xhtml");
      } else {
        faces.info("password.changed");
      }
    }
  }

  /** Whether the person must change his password before doing anything else. */
  public boolean isRequired() {
    return PasswordChangeGate.required(
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
  }

  /** The policy, for the hint under the form. */
  public PasswordPolicy getPolicy() {
    return policy.passwordPolicy();
  }

  private static char[] chars(String text) {
    return text == null ? null : text.toCharArray();
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }
}

package cn.finegov.grid.interfaces.web.gridcase;

import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.error.FieldError;
import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.kernel.api.i18n.MessageSource;
import cn.finegov.kernel.interfaces.web.LocaleBean;
import cn.finegov.kernel.interfaces.web.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What the case screens share: the service's refusals as form messages, each invalid field's reason
 * next to its input (labels {@code grid.ui.case.field.<name>}), and texts in the view's language.
 */
@ApplicationScoped
public class CaseScreens {

  @Inject MessageSource messages;
  @Inject LocaleBean language;

  /**
   * The reader's language: the session's choice (the view root's locale is not yet the session's
   * while a view action of a first request runs).
   */
  public Locale locale() {
    try {
      return MessageSource.supported(language.getCurrent());
    } catch (RuntimeException noSession) {
      return Messages.locale();
    }
  }

  /** A text in the reader's language. */
  public String text(String key, Object... arguments) {
    return messages.get(locale(), key, arguments);
  }

  /** A refusal as one line (for the summaries of bulk steps). */
  public String describe(DomainException refusal) {
    if (refusal instanceof ValidationException invalid) {
      StringBuilder text = new StringBuilder(text(refusal.messageKey(), refusal.arguments()));
      for (FieldError error : invalid.errors()) {
        text.append(' ').append(text(error.messageKey(), error.arguments()));
      }
      return text.toString();
    }
    return text(refusal.messageKey(), refusal.arguments());
  }

  /**
   * Runs a step of the service; a refusal becomes form messages (an invalid field's reason on the
   * input named in {@code inputs}, by field name) and the result is {@code null}.
   */
  public <T> T attempt(Supplier<T> action, Map<String, String> inputs) {
    try {
      return action.get();
    } catch (ValidationException invalid) {
      FacesContext context = FacesContext.getCurrentInstance();
      if (invalid.errors().isEmpty()) {
        error(describe(invalid));
        return null;
      }
      for (FieldError error : invalid.errors()) {
        String label =
            messages.contains("grid.ui.case.field." + error.field())
                ? text("grid.ui.case.field." + error.field())
                : error.field();
        String reason = label + ": " + text(error.messageKey(), error.arguments());
        context.addMessage(
            inputs.get(error.field()), new FacesMessage(FacesMessage.SEVERITY_ERROR, reason, null));
      }
      context.validationFailed();
      return null;
    } catch (DomainException refusal) {
      error(describe(refusal));
      return null;
    } catch (RuntimeException failure) {
      for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
        if (cause instanceof DomainException refusal) {
          error(describe(refusal));
          return null;
        }
        if (cause instanceof OptimisticLockException) {
          error(text("error.concurrent-change"));
          return null;
        }
      }
      throw failure;
    }
  }

  /** A form message (for the whole form), and the request counts as failed. */
  public void error(String text) {
    FacesContext context = FacesContext.getCurrentInstance();
    context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    context.validationFailed();
  }
}

package cn.finegov.kernel.interfaces.web;

import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.i18n.MessageSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.function.Supplier;
import org.primefaces.util.Callbacks;

/** Shows outcomes of actions as form messages in the view's language. */
@ApplicationScoped
public class Faces {

  @Inject private MessageSource messages;

  public void info(String key, Object... arguments) {
    add(FacesMessage.SEVERITY_INFO, null, messages.get(Messages.locale(), key, arguments));
  }

  public void error(String key, Object... arguments) {
    add(FacesMessage.SEVERITY_ERROR, null, messages.get(Messages.locale(), key, arguments));
  }

  /** Shows a refusal with its reason and, for invalid input, each invalid field. */
  public void refusal(DomainException refusal) {
    add(FacesMessage.SEVERITY_ERROR, null, messages.describe(Messages.locale(), refusal));
    FacesContext.getCurrentInstance().validationFailed();
  }

  /**
   * Runs an action; a refusal becomes form messages and the result is {@code null}.
   *
   * @return the action's result, or {@code null} when it was refused
   */
  public <T> T attempt(Supplier<T> action) {
    try {
      return action.get();
    } catch (DomainException refusal) {
      refusal(refusal);
      return null;
    } catch (RuntimeException failure) {
      for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
        if (cause instanceof DomainException refusal) {
          refusal(refusal);
          return null;
        }
        if (cause instanceof jakarta.persistence.OptimisticLockException) {
          error("error.concurrent-change");
          FacesContext.getCurrentInstance().validationFailed();
          return null;
        }
      }
      throw failure;
    }
  }

  /** Runs an action without a result; see {@link #attempt(Supplier)}. */
  public boolean attempt(Runnable action) {
    return attempt(
            () -> {
              action.run();
              return Boolean.TRUE;
            })
        != null;
  }

  /** Writes a download; may fail with an I/O error. */
  @FunctionalInterface
  public interface Download extends Serializable {
    void write(OutputStream out) throws IOException;
  }

  /** A download as PrimeFaces' streamed content wants it. */
  public static Callbacks.SerializableConsumer<OutputStream> writer(Download download) {
    return out -> {
      try {
        download.write(out);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
  }

  private static void add(FacesMessage.Severity severity, String clientId, String text) {
    FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
  }
}

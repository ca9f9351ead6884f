package cn.finegov.kernel.interfaces.web;

import cn.finegov.kernel.api.i18n.MessageSource;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * The language of the session: Chinese by default, English on request; switching reloads the page.
 */
@Named
@SessionScoped
public class LocaleBean implements Serializable {

  private static final long serialVersionUID = 1L;

  private Locale current = MessageSource.CHINESE;

  public Locale getCurrent() {
    return current;
  }

  public String getLanguageTag() {
    return current == MessageSource.ENGLISH ? "en" : "zh-CN";
  }

  public boolean isEnglish() {
    return MessageSource.ENGLISH.equals(current);
  }

  /** Switches to {@code zh} or {@code en} and reloads the current page. */
  public void switchTo(String language) {
    current = "en".equals(language) ? MessageSource.ENGLISH : MessageSource.CHINESE;
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getViewRoot().setLocale(current);
    ExternalContext external = faces.getExternalContext();
    String view = faces.getViewRoot().getViewId();
    try {
      external.redirect(external.getRequestContextPath() + view);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

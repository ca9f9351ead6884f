package cn.finegov.kernel.interfaces.rest;

import cn.finegov.kernel.api.i18n.MessageSource;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

/** The language of a REST answer: the first supported one the caller accepts, Chinese otherwise. */
public final class RequestLocale {

  private RequestLocale() {}

  public static Locale of(HttpHeaders headers) {
    return headers == null
        ? MessageSource.CHINESE
        : firstSupported(headers.getAcceptableLanguages());
  }

  /** The first of the accepted languages that the suite speaks, Chinese when none. */
  public static Locale firstSupported(Iterable<Locale> accepted) {
    for (Locale locale : accepted) {
      if ("en".equals(locale.getLanguage()) || "zh".equals(locale.getLanguage())) {
        return MessageSource.supported(locale);
      }
    }
    return MessageSource.CHINESE;
  }
}

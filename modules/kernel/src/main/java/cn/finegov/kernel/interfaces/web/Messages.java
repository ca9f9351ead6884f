package cn.finegov.kernel.interfaces.web;

import cn.finegov.kernel.api.i18n.MessageSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.AbstractMap;
import java.util.Locale;
import java.util.Set;

/**
 * The bundles as EL sees them: {@code #{msg['menu.kernel.units']}} in the language of the view, and
 * {@code #{msg.format('key', arg)}} for texts with arguments.
 */
@Named("msg")
@ApplicationScoped
public class Messages extends AbstractMap<String, String> {

  @Inject private MessageSource messages;

  @Override
  public String get(Object key) {
    return messages.get(locale(), String.valueOf(key));
  }

  @Override
  public boolean containsKey(Object key) {
    return messages.contains(String.valueOf(key));
  }

  /** A text with arguments. */
  public String format(String key, Object... arguments) {
    return messages.get(locale(), key, arguments);
  }

  /** The current view's language. */
  public static Locale locale() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces == null || faces.getViewRoot() == null) {
      return MessageSource.CHINESE;
    }
    return MessageSource.supported(faces.getViewRoot().getLocale());
  }

  @Override
  public Set<Entry<String, String>> entrySet() {
    return Set.of();
  }
}

package cn.finegov.kernel.infrastructure.i18n;

import cn.finegov.kernel.api.i18n.MessageKey;
import cn.finegov.kernel.api.i18n.MessageSource;
import cn.finegov.kernel.api.module.GovernanceModule;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Looks a key up in the bundles of the installed modules, in module order. Each bundle's base file
 * is Chinese and {@code _en} holds English; a key missing in English falls back to Chinese through
 * the bundle parent chain. Patterns are run through {@link MessageFormat} only when there are
 * arguments, so texts without arguments need no escaping of apostrophes.
 */
@ApplicationScoped
public class BundleMessageSource implements MessageSource {

  private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  @Inject @Any private Instance<GovernanceModule> modules;

  private List<String> baseNames;

  public BundleMessageSource() {}

  /** For tests outside a container. */
  public BundleMessageSource(List<String> baseNames) {
    this.baseNames = List.copyOf(baseNames);
  }

  @PostConstruct
  void collectBundles() {
    baseNames =
        modules.stream()
            .sorted(Comparator.comparingInt(GovernanceModule::order))
            .flatMap(module -> module.bundleBaseNames().stream())
            .toList();
  }

  @Override
  public String get(Locale locale, String key, Object... arguments) {
    Locale language = MessageSource.supported(locale);
    String pattern = lookup(language, key);
    if (pattern == null) {
      return "[" + key + "]";
    }
    if (arguments == null || arguments.length == 0) {
      return pattern;
    }
    Object[] resolved = new Object[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      resolved[i] =
          arguments[i] instanceof MessageKey nested ? get(language, nested.key()) : arguments[i];
    }
    return new MessageFormat(pattern, language).format(resolved);
  }

  @Override
  public boolean contains(String key) {
    return lookup(CHINESE, key) != null;
  }

  private String lookup(Locale language, String key) {
    for (String baseName : baseNames) {
      ResourceBundle bundle;
      try {
        bundle =
            ResourceBundle.getBundle(
                baseName, language, BundleMessageSource.class.getClassLoader(), NO_DEFAULT_LOCALE);
      } catch (MissingResourceException e) {
        continue;
      }
      if (bundle.containsKey(key)) {
        return bundle.getString(key);
      }
    }
    return null;
  }
}

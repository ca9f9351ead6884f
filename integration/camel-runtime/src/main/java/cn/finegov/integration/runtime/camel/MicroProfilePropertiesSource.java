package cn.finegov.integration.runtime.camel;

import org.apache.camel.spi.PropertiesSource;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Resolves Camel's {@code {{placeholders}}} from MicroProfile Config (and so from the files in
 * {@code config/}).
 */
final class MicroProfilePropertiesSource implements PropertiesSource {

  @Override
  public String getName() {
    return "microprofile-config";
  }

  @Override
  public String getProperty(String name) {
    return ConfigProvider.getConfig().getOptionalValue(name, String.class).orElse(null);
  }
}

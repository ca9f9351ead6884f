package cn.finegov.kernel.application.settings;

import cn.finegov.kernel.api.module.SettingDefinition;
import java.io.Serializable;
import java.time.Instant;

/**
 * A setting as the settings screen and REST show it.
 *
 * @param moduleKey the module
 * @param definition what the module declares
 * @param value the current value ({@code null} for secrets, which are never shown)
 * @param origin where the value comes from
 * @param changedBy who changed it on screen, or {@code null}
 * @param changedAt when, or {@code null}
 * @param editable whether the reader may change it
 */
public record SettingView(
    String moduleKey,
    SettingDefinition definition,
    String value,
    Origin origin,
    String changedBy,
    Instant changedAt,
    boolean editable)
    implements Serializable {

  /** Where a value comes from. */
  public enum Origin {
    DEFAULT,
    CONFIGURATION,
    SCREEN
  }

  public String key() {
    return definition.key();
  }

  /** Bundle key of the setting's name. */
  public String nameKey() {
    return "setting." + moduleKey + "." + definition.key();
  }
}

package cn.finegov.kernel.api.module;

import java.util.List;
import java.util.Objects;

/**
 * A setting of a module, editable on the settings screen. Its value comes, in this order, from an
 * administrator's change on screen, from configuration ({@code governance.<module>.<key>}), or from
 * the default here. Its name on screen is the bundle key {@code setting.<module>.<key>}, an
 * optional explanation {@code setting.<module>.<key>.help}.
 *
 * @param key the setting's key inside the module, e.g. {@code upload.max-bytes}
 * @param type what values it takes
 * @param defaultValue its default, as text
 * @param min smallest value of an {@link Type#INTEGER}, or {@code null}
 * @param max largest value of an {@link Type#INTEGER}, or {@code null}
 * @param choices the values a {@link Type#CHOICE} takes
 * @param permission the permission needed to change it
 */
public record SettingDefinition(
    String key,
    Type type,
    String defaultValue,
    Long min,
    Long max,
    List<String> choices,
    String permission) {

  /** The permission that changes settings unless a setting names another. */
  public static final String DEFAULT_PERMISSION = "kernel.settings.manage";

  /** The kinds of value a setting takes. */
  public enum Type {
    TEXT,
    INTEGER,
    BOOLEAN,
    /** A list of items separated by commas. */
    LIST,
    /** One of {@link SettingDefinition#choices()}. */
    CHOICE,
    /** A password or key: never shown, only replaced. */
    SECRET
  }

  public SettingDefinition {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(defaultValue, "defaultValue");
    choices = choices == null ? List.of() : List.copyOf(choices);
    permission = permission == null ? DEFAULT_PERMISSION : permission;
    if (type == Type.CHOICE && !choices.contains(defaultValue)) {
      throw new IllegalArgumentException(key + ": default " + defaultValue + " is not a choice");
    }
  }

  public static SettingDefinition text(String key, String defaultValue) {
    return new SettingDefinition(key, Type.TEXT, defaultValue, null, null, List.of(), null);
  }

  public static SettingDefinition integer(String key, long defaultValue, long min, long max) {
    return new SettingDefinition(
        key, Type.INTEGER, Long.toString(defaultValue), min, max, List.of(), null);
  }

  public static SettingDefinition bool(String key, boolean defaultValue) {
    return new SettingDefinition(
        key, Type.BOOLEAN, Boolean.toString(defaultValue), null, null, List.of(), null);
  }

  public static SettingDefinition list(String key, String defaultValue) {
    return new SettingDefinition(key, Type.LIST, defaultValue, null, null, List.of(), null);
  }

  public static SettingDefinition choice(String key, String defaultValue, String... choices) {
    return new SettingDefinition(
        key, Type.CHOICE, defaultValue, null, null, List.of(choices), null);
  }

  public static SettingDefinition secret(String key) {
    return new SettingDefinition(key, Type.SECRET, "", null, null, List.of(), null);
  }

  /** The same setting, changed only by holders of {@code newPermission}. */
  public SettingDefinition managedBy(String newPermission) {
    return new SettingDefinition(key, type, defaultValue, min, max, choices, newPermission);
  }
}

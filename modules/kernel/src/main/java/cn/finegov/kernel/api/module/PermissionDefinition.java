package cn.finegov.kernel.api.module;

import cn.finegov.kernel.api.security.Duty;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A permission a module declares: what a role may be allowed to do.
 *
 * @param key {@code <module>.<area>.<action>}, e.g. {@code kernel.org.manage}
 * @param nameKey bundle key of the permission's name on the roles screen
 * @param duty the duty it belongs to (三员分立)
 */
public record PermissionDefinition(String key, String nameKey, Duty duty) {

  private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9]*(\\.[a-z][a-z0-9-]*)+");

  public PermissionDefinition {
    Objects.requireNonNull(nameKey, "nameKey");
    Objects.requireNonNull(duty, "duty");
    if (key == null || !KEY.matcher(key).matches()) {
      throw new IllegalArgumentException("not a permission key: " + key);
    }
  }

  /** The module the permission belongs to: the first segment of its key. */
  public String moduleKey() {
    return key.substring(0, key.indexOf('.'));
  }
}

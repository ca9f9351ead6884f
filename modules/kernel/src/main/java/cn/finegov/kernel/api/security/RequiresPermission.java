package cn.finegov.kernel.api.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a REST resource class or method: only callers holding at least one of the permissions may call
 * it (others get 403, anonymous callers 401). A method's annotation wins over its class's. The
 * permissions are those of the caller's roles (or API key), read as the services read them.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RequiresPermission {

  /** Permission keys, e.g. {@code kernel.org.manage}. */
  String[] value();
}

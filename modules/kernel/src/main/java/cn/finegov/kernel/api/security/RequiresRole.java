package cn.finegov.kernel.api.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a REST resource class or method: only callers holding at least one of the roles may call it
 * (others get 403, anonymous callers 401). The roles are the suite's own, read from the account
 * like the services read them, not the container's security roles. A method's annotation wins over
 * its class's.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RequiresRole {

  /** Role names from {@link Roles}. */
  String[] value();
}

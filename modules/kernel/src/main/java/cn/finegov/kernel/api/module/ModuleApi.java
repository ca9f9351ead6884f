package cn.finegov.kernel.api.module;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a JAX-RS resource class as belonging to a module: while that module is switched off, every
 * path of the resource answers 404.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ModuleApi {

  /** The {@link GovernanceModule#key()} of the owning module. */
  String value();
}

package cn.finegov.integration.runtime.api;

import org.apache.camel.RoutesBuilder;

/**
 * A route builder (or route configuration builder) contributed by an integration module. Make it a
 * {@code @Dependent} CDI bean: the runtime discovers it, adds its routes while the module is
 * switched on, and removes them when it is switched off. Every route should carry an id {@code
 * <system>-<flow>}.
 */
public interface ModuleRoutes extends RoutesBuilder {

  /** Key of the module the routes belong to. */
  String moduleKey();
}

package cn.finegov.kernel.interfaces.rest;

import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.module.ModuleApi;
import cn.finegov.kernel.api.module.ModuleStatus;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;

/**
 * Answers 404 for every path of a resource whose module ({@link ModuleApi}) is switched off, before
 * any authentication or authorisation, so that a switched-off module is indistinguishable from an
 * absent one.
 */
@Provider
public class ModuleGateFeature implements DynamicFeature {

  @Override
  public void configure(ResourceInfo resource, FeatureContext context) {
    Class<?> type = resource.getResourceClass();
    ModuleApi module = type == null ? null : type.getAnnotation(ModuleApi.class);
    if (module != null) {
      context.register(new Gate(module.value()), Priorities.AUTHENTICATION - 100);
    }
  }

  @Priority(Priorities.AUTHENTICATION - 100)
  static final class Gate implements ContainerRequestFilter {

    private final String moduleKey;
    private final LazyBean<ModuleStatus> modules = new LazyBean<>(ModuleStatus.class);

    Gate(String moduleKey) {
      this.moduleKey = moduleKey;
    }

    @Override
    public void filter(ContainerRequestContext request) {
      if (!modules.get().isEnabled(moduleKey)) {
        throw DomainException.notFound("http.error.404");
      }
    }
  }
}

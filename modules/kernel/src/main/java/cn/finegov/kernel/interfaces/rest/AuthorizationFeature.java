package cn.finegov.kernel.interfaces.rest;

import cn.finegov.kernel.api.security.AccessDeniedException;
import cn.finegov.kernel.api.security.Actor;
import cn.finegov.kernel.api.security.ActorContext;
import cn.finegov.kernel.api.security.RequiresPermission;
import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.AnnotatedElement;
import java.util.Optional;
import java.util.Set;

/**
 * Authorisation of every REST method, secure by default: {@code @PermitAll} is open, {@link
 * RequiresPermission} needs one of its permissions, {@code @DenyAll} is closed, and a method with
 * none of them (on itself or its class) needs a signed-in caller. Method annotations win over class
 * annotations. The permissions are those of the caller (roles or API key), read through {@link
 * ActorContext} as the services read them. Anonymous callers get 401, others without a permission
 * 403. The services check again, and also check the unit scope, which only they know.
 */
@Provider
public class AuthorizationFeature implements DynamicFeature {

  @Override
  public void configure(ResourceInfo resource, FeatureContext context) {
    if (resource.getResourceMethod() == null || resource.getResourceClass() == null) {
      return;
    }
    Access access =
        Access.of(resource.getResourceMethod())
            .or(() -> Access.of(resource.getResourceClass()))
            .orElse(Access.SIGNED_IN);
    if (!access.open()) {
      context.register(new AccessFilter(access), Priorities.AUTHORIZATION);
    }
  }

  /**
   * Who may call a method.
   *
   * @param open anybody, signed in or not
   * @param denied nobody
   * @param permissions holders of any of these permissions; empty means any signed-in caller
   */
  record Access(boolean open, boolean denied, Set<String> permissions) {

    static final Access SIGNED_IN = new Access(false, false, Set.of());

    static Optional<Access> of(AnnotatedElement element) {
      if (element.isAnnotationPresent(DenyAll.class)) {
        return Optional.of(new Access(false, true, Set.of()));
      }
      if (element.isAnnotationPresent(PermitAll.class)) {
        return Optional.of(new Access(true, false, Set.of()));
      }
      RequiresPermission required = element.getAnnotation(RequiresPermission.class);
      return required == null
          ? Optional.empty()
          : Optional.of(new Access(false, false, Set.of(required.value())));
    }

    boolean admits(Actor actor) {
      return !denied
          && (permissions.isEmpty() || permissions.stream().anyMatch(actor::hasPermission));
    }
  }

  @Priority(Priorities.AUTHORIZATION)
  static final class AccessFilter implements ContainerRequestFilter {

    private final Access access;
    private final LazyBean<ActorContext> actors = new LazyBean<>(ActorContext.class);

    AccessFilter(Access access) {
      this.access = access;
    }

    @Override
    public void filter(ContainerRequestContext request) {
      Actor actor = actors.get().current();
      if (!actor.isAuthenticated()) {
        throw new AccessDeniedException(true);
      }
      if (!access.admits(actor)) {
        throw new AccessDeniedException(false);
      }
    }
  }
}

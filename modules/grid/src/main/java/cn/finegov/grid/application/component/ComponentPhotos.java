package cn.finegov.grid.application.component;

import cn.finegov.grid.GridModule;
import cn.finegov.kernel.api.attachment.AttachmentAccessPolicy;
import cn.finegov.kernel.api.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Who may see and add photos of a component (owner {@code grid/component/<id>}, the database id):
 * readers of reference data see them, those who may change the component add and delete them.
 */
@ApplicationScoped
public class ComponentPhotos implements AttachmentAccessPolicy {

  public static final String OWNER_TYPE = "component";

  @Inject ComponentService components;

  @Override
  public String module() {
    return GridModule.KEY;
  }

  @Override
  public String ownerType() {
    return OWNER_TYPE;
  }

  @Override
  public boolean exists(String ownerId) {
    Long id = id(ownerId);
    return id != null && components.exists(id);
  }

  @Override
  public boolean mayRead(Actor actor, String ownerId) {
    return actor.hasAnyPermission(GridModule.REFERENCE_READ, GridModule.REFERENCE_MANAGE)
        && exists(ownerId);
  }

  @Override
  public boolean mayAttach(Actor actor, String ownerId) {
    Long id = id(ownerId);
    return id != null && components.mayChange(actor, id);
  }

  private static Long id(String ownerId) {
    try {
      return Long.valueOf(ownerId);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}

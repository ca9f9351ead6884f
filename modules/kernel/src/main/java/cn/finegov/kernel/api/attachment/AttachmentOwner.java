package cn.finegov.kernel.api.attachment;

import cn.finegov.kernel.api.error.ValidationException;
import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * The record an attachment belongs to: a module, a kind of record of that module, and the record's
 * identifier, e.g. {@code grid / case / 42}. The module's {@link AttachmentAccessPolicy} for that
 * kind decides who may see and add attachments.
 *
 * @param module key of the owning module, e.g. {@code grid}
 * @param type kind of record inside the module, e.g. {@code case}
 * @param id the record's identifier as text
 */
public record AttachmentOwner(String module, String type, String id) implements Serializable {

  private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]{0,39}");
  private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9-]{0,59}");
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:@-]{1,100}");

  /** Checks the three parts; an invalid one is refused as input error (HTTP 400). */
  public AttachmentOwner {
    ValidationException.Collector errors = new ValidationException.Collector();
    if (module == null || !KEY.matcher(module).matches()) {
      errors.add("ownerModule", "attachment.owner.invalid-module");
    }
    if (type == null || !TYPE.matcher(type).matches()) {
      errors.add("ownerType", "attachment.owner.invalid-type");
    }
    if (id == null || !ID.matcher(id).matches()) {
      errors.add("ownerId", "attachment.owner.invalid-id");
    }
    errors.throwIfAny();
  }

  /** {@code module/type}, the key of the access policy. */
  public String kind() {
    return module + "/" + type;
  }

  @Override
  public String toString() {
    return module + "/" + type + "/" + id;
  }
}

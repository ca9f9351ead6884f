package cn.finegov.planning.domain.model.solicitation;

import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.kernel.api.privacy.PersonalDataMask;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How to reach a member of the public who made a proposal or an opinion: personal data. Lists,
 * exports and audit entries show {@link #masked()}; the whole contact only goes to holders of the
 * contact permission, each view audited. Phone numbers are masked by the suite's rule ({@link
 * PersonalDataMask#phone}).
 */
@Embeddable
public class CitizenContact implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final int MAX_NAME = 80;
  public static final int MAX_PHONE = 40;
  public static final int MAX_EMAIL = 120;

  private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{4,38}");
  private static final Pattern EMAIL =
      Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,55}\\.[^@\\s]{1,10}");

  @Column(name = "contact_name", length = MAX_NAME)
  private String name;

  @Column(name = "contact_phone", length = MAX_PHONE)
  private String phone;

  @Column(name = "contact_email", length = MAX_EMAIL)
  private String email;

  protected CitizenContact() {}

  /**
   * A contact; blank parts are left out.
   *
   * @return empty when every part is blank
   * @throws ValidationException for a part too long, a malformed phone number or e-mail address
   */
  public static Optional<CitizenContact> of(String name, String phone, String email) {
    String n = clean(name);
    String p = clean(phone);
    String e = clean(email);
    ValidationException.Collector errors = new ValidationException.Collector();
    errors.maxLength("contactName", n, MAX_NAME);
    if (p != null && (p.length() > MAX_PHONE || !PHONE.matcher(p).matches())) {
      errors.add("contactPhone", "planning.contact.phone-invalid");
    }
    if (e != null && (e.length() > MAX_EMAIL || !EMAIL.matcher(e).matches())) {
      errors.add("contactEmail", "planning.contact.email-invalid");
    }
    errors.throwIfAny();
    if (n == null && p == null && e == null) {
      return Optional.empty();
    }
    CitizenContact contact = new CitizenContact();
    contact.name = n;
    contact.phone = p;
    contact.email = e;
    return Optional.of(contact);
  }

  private static String clean(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  public String name() {
    return name;
  }

  public String phone() {
    return phone;
  }

  public String email() {
    return email;
  }

  /**
   * The contact as lists show it: the name's first character, the phone by the suite's mask, the
   * e-mail's first character and domain, e.g. {@code 张** 138****1234 z***@example.cn}.
   */
  public String masked() {
    StringBuilder out = new StringBuilder();
    if (name != null) {
      out.append(name.charAt(0)).append("*".repeat(Math.max(1, name.length() - 1)));
    }
    if (phone != null) {
      out.append(out.isEmpty() ? "" : " ").append(PersonalDataMask.phone(phone));
    }
    if (email != null) {
      out.append(out.isEmpty() ? "" : " ")
          .append(email.charAt(0))
          .append("***")
          .append(email.substring(email.indexOf('@')));
    }
    return out.toString();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CitizenContact c
        && Objects.equals(name, c.name)
        && Objects.equals(phone, c.phone)
        && Objects.equals(email, c.email);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, phone, email);
  }

  /** Never the personal data itself. */
  @Override
  public String toString() {
    return masked();
  }
}

package cn.finegov.grid.domain.model.gridcase;

import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.privacy.PersonalDataMask;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * How to reach a member of the public who reported a case (for the return visit). Personal data:
 * never in lists, exports of the public API or logs; {@link #masked()} for screens of people who do
 * not handle the case.
 */
@Embeddable
public class ReporterContact implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 -]{4,38}");
  private static final Pattern EMAIL =
      Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,55}\\.[^@\\s]{1,10}");

  @Column(name = "reporter_name", length = 80)
  private String name;

  @Column(name = "reporter_phone", length = 40)
  private String phone;

  @Column(name = "reporter_email", length = 120)
  private String email;

  protected ReporterContact() {}

  /**
   * A contact; blank parts are left out.
   *
   * @return empty when every part is blank
   * @throws DomainException {@code INVALID} for a malformed phone number or e-mail address
   */
  public static java.util.Optional<ReporterContact> of(String name, String phone, String email) {
    String n = clean(name, 80, "grid.case.contact-name");
    String p = clean(phone, 40, "grid.case.contact-phone");
    String e = clean(email, 120, "grid.case.contact-email");
    if (p != null && !PHONE.matcher(p).matches()) {
      throw new DomainException(DomainException.Kind.INVALID, "grid.case.contact-phone");
    }
    if (e != null && !EMAIL.matcher(e).matches()) {
      throw new DomainException(DomainException.Kind.INVALID, "grid.case.contact-email");
    }
    if (n == null && p == null && e == null) {
      return java.util.Optional.empty();
    }
    ReporterContact contact = new ReporterContact();
    contact.name = n;
    contact.phone = p;
    contact.email = e;
    return java.util.Optional.of(contact);
  }

  private static String clean(String value, int max, String key) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    if (v.length() > max) {
      throw new DomainException(DomainException.Kind.INVALID, key);
    }
    return v;
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

  /** The contact with all but the first character of the name and all but 3+4 digits hidden. */
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
}

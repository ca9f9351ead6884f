package cn.finegov.grid.domain.model.grid;

import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.kernel.api.privacy.PersonalDataMask;
import cn.finegov.kernel.api.text.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A person of a grid group: an account of the suite (then the name is the account's display name at
 * the time) or a person without one (a free name), with a phone number for the grid's signboard.
 */
@Embeddable
public class GridGroupMember implements Serializable {

  private static final long serialVersionUID = 1L;
  public static final int MAX_NAME = 60;
  private static final Pattern PHONE = Pattern.compile("[0-9+][0-9 -]{4,28}[0-9]");

  @Enumerated(EnumType.STRING)
  @Column(name = "member_type", length = 20, nullable = false)
  private MemberType type;

  @Column(name = "leader", nullable = false)
  private boolean leader;

  @Column(name = "username", length = 80)
  private String username;

  @Column(name = "person_name", length = MAX_NAME, nullable = false)
  private String personName;

  @Column(name = "phone", length = 30)
  private String phone;

  protected GridGroupMember() {}

  /**
   * A member; {@code field} prefixes the names of invalid fields ({@code members[2].phone}).
   *
   * @throws ValidationException for a missing type or name, a long name or a malformed phone
   */
  public static GridGroupMember of(
      String field,
      MemberType type,
      boolean leader,
      String username,
      String personName,
      String phone) {
    GridGroupMember member = new GridGroupMember();
    member.type = type;
    member.leader = leader;
    member.username = Texts.strippedOrNull(username);
    member.personName = Texts.strippedOrNull(personName);
    member.phone = Texts.strippedOrNull(phone);
    ValidationException.Collector errors = new ValidationException.Collector();
    if (type == null) {
      errors.add(field + ".type", "validation.required");
    }
    errors
        .required(field + ".name", member.personName)
        .maxLength(field + ".name", member.personName, MAX_NAME)
        .maxLength(field + ".username", member.username, 80);
    if (member.phone != null && !PHONE.matcher(member.phone).matches()) {
      errors.add(field + ".phone", "grid.group.phone-invalid");
    }
    errors.throwIfAny();
    return member;
  }

  public MemberType type() {
    return type;
  }

  public boolean leader() {
    return leader;
  }

  public Optional<String> username() {
    return Optional.ofNullable(username);
  }

  public String personName() {
    return personName;
  }

  /** The full phone number (detail screens of reference managers, the signboard). */
  public Optional<String> phone() {
    return Optional.ofNullable(phone);
  }

  /** The phone as lists show it: {@code 138****1234}. */
  public String maskedPhone() {
    return mask(phone);
  }

  /** The suite's phone mask ({@link PersonalDataMask#phone}); empty for no number. */
  public static String mask(String phone) {
    String masked = PersonalDataMask.phone(phone);
    return masked == null ? "" : masked;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof GridGroupMember m
        && m.type == type
        && m.leader == leader
        && Objects.equals(m.username, username)
        && Objects.equals(m.personName, personName)
        && Objects.equals(m.phone, phone);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, leader, username, personName, phone);
  }

  @Override
  public String toString() {
    return type + (leader ? "*" : "") + ":" + (username == null ? personName : username);
  }
}

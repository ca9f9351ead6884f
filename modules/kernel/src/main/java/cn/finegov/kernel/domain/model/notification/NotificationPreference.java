package cn.finegov.kernel.domain.model.notification;

import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.kernel.api.text.Texts;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A person's notification preferences: where he is reached (e-mail address, mobile number: personal
 * data, masked on screens and never logged), the language of his notifications, and the channels he
 * chose per category (categories he made no choice for use their defaults).
 */
@Entity
@Table(name = "krn_notification_pref")
public class NotificationPreference {

  public static final int MAX_EMAIL = 254;
  private static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
  private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}|\\+[1-9][0-9]{7,14}");

  @Id
  @Column(name = "username", length = 32)
  private String username;

  @Column(name = "email", length = MAX_EMAIL)
  private String email;

  @Column(name = "mobile", length = 20)
  private String mobile;

  @Column(name = "language", nullable = false, length = 5)
  private String language;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "krn_notification_pref_channel",
      joinColumns = @JoinColumn(name = "username"))
  @MapKeyColumn(name = "category", length = 80)
  @Column(name = "channels", length = 200)
  private Map<String, String> channels = new HashMap<>();

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected NotificationPreference() {}

  /** The preferences of somebody who made none yet: no addresses, Chinese, every default. */
  public static NotificationPreference defaults(String username, Instant now) {
    NotificationPreference preference = new NotificationPreference();
    preference.username = username;
    preference.language = "zh";
    preference.updatedAt = now;
    return preference;
  }

  /**
   * Sets the addresses and the language; blank removes an address. Invalid values are refused
   * together.
   *
   * @return whether anything changed
   */
  public boolean changeContact(String newEmail, String newMobile, String newLanguage, Instant now) {
    String cleanEmail = Texts.strippedOrNull(newEmail);
    String cleanMobile = normaliseMobile(newMobile);
    String cleanLanguage = newLanguage == null ? language : newLanguage.strip();
    ValidationException.Collector errors = new ValidationException.Collector();
    if (cleanEmail != null
        && (cleanEmail.length() > MAX_EMAIL || !EMAIL.matcher(cleanEmail).matches())) {
      errors.add("email", "notification.email.invalid");
    }
    if (cleanMobile != null && !MOBILE.matcher(cleanMobile).matches()) {
      errors.add("mobile", "notification.mobile.invalid");
    }
    if (!"zh".equals(cleanLanguage) && !"en".equals(cleanLanguage)) {
      errors.add("language", "notification.language.invalid");
    }
    errors.throwIfAny();
    boolean changed =
        !java.util.Objects.equals(email, cleanEmail)
            || !java.util.Objects.equals(mobile, cleanMobile)
            || !language.equals(cleanLanguage);
    email = cleanEmail;
    mobile = cleanMobile;
    language = cleanLanguage;
    if (changed) {
      updatedAt = now;
    }
    return changed;
  }

  /** {@code 138 1234-1234} → {@code 13812341234}; blank → {@code null}. */
  static String normaliseMobile(String text) {
    String clean = Texts.strippedOrNull(text);
    return clean == null ? null : clean.replaceAll("[\\s-]", "");
  }

  /** Chooses the channels of a category (channel keys, {@code IN_APP} included when wanted). */
  public void choose(String category, Set<String> chosen, Instant now) {
    channels.put(category, String.join(",", new TreeSet<>(chosen)));
    updatedAt = now;
  }

  /** Forgets the choice of a category: its defaults apply again. */
  public void resetChoice(String category, Instant now) {
    if (channels.remove(category) != null) {
      updatedAt = now;
    }
  }

  /** The channels chosen for a category, if a choice was made (possibly none at all). */
  public Optional<Set<String>> choice(String category) {
    String stored = channels.get(category);
    if (stored == null) {
      return Optional.empty();
    }
    Set<String> chosen = new LinkedHashSet<>();
    Arrays.stream(stored.split(","))
        .map(String::strip)
        .filter(key -> !key.isEmpty())
        .forEach(chosen::add);
    return Optional.of(chosen);
  }

  /** Values for the audit log, addresses masked. */
  public Map<String, Object> auditValues() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("email", PersonalData.maskEmail(email));
    values.put("mobile", PersonalData.maskPhone(mobile));
    values.put("language", language);
    values.put(
        "channels", new TreeSet<>(channels.entrySet().stream().map(Object::toString).toList()));
    return values;
  }

  public Locale locale() {
    return "en".equals(language) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
  }

  public String username() {
    return username;
  }

  public String email() {
    return email;
  }

  public String mobile() {
    return mobile;
  }

  public String language() {
    return language;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}

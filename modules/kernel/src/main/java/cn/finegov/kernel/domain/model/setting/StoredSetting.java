package cn.finegov.kernel.domain.model.setting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** The value an administrator gave a module setting; it wins over configuration and default. */
@Entity
@Table(name = "krn_setting")
@IdClass(StoredSetting.Key.class)
public class StoredSetting {

  /** Identifier class: module and setting key. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    private String moduleKey;
    private String settingKey;

    public Key() {}

    public Key(String moduleKey, String settingKey) {
      this.moduleKey = moduleKey;
      this.settingKey = settingKey;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && Objects.equals(moduleKey, key.moduleKey)
          && Objects.equals(settingKey, key.settingKey);
    }

    @Override
    public int hashCode() {
      return Objects.hash(moduleKey, settingKey);
    }
  }

  @Id
  @Column(name = "module_key", length = 40)
  private String moduleKey;

  @Id
  @Column(name = "setting_key", length = 100)
  private String settingKey;

  @Column(name = "setting_value", length = 2000)
  private String value;

  @Column(name = "updated_by", nullable = false, length = 80)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected StoredSetting() {}

  public StoredSetting(String moduleKey, String settingKey) {
    this.moduleKey = Objects.requireNonNull(moduleKey, "moduleKey");
    this.settingKey = Objects.requireNonNull(settingKey, "settingKey");
  }

  public void change(String newValue, String by, Instant now) {
    value = newValue;
    updatedBy = by;
    updatedAt = now;
  }

  public String moduleKey() {
    return moduleKey;
  }

  public String settingKey() {
    return settingKey;
  }

  public String value() {
    return value;
  }

  public String updatedBy() {
    return updatedBy;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}

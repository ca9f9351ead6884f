package cn.finegov.kernel.domain.model.module;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * An administrator's decision to switch a module on or off, overriding the configured default until
 * changed again.
 */
@Entity
@Table(name = "krn_module_state")
public class ModuleState {

  @Id
  @Column(name = "module_key", length = 40)
  private String moduleKey;

  @Column(name = "enabled", nullable = false)
  private boolean enabled;

  @Column(name = "changed_by", nullable = false, length = 80)
  private String changedBy;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected ModuleState() {}

  public ModuleState(String moduleKey, boolean enabled, String changedBy, Instant changedAt) {
    this.moduleKey = moduleKey;
    this.enabled = enabled;
    this.changedBy = changedBy;
    this.changedAt = changedAt;
  }

  public void switchTo(boolean newState, String by, Instant at) {
    enabled = newState;
    changedBy = by;
    changedAt = at;
  }

  public String moduleKey() {
    return moduleKey;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public String changedBy() {
    return changedBy;
  }

  public Instant changedAt() {
    return changedAt;
  }
}

package cn.finegov.integration.hotline.mapping;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One line of the category mapping: a hotline category and what becomes of its tickets. */
@Entity
@Table(name = "hln_category_mapping")
public class CategoryMapping {

  @Id
  @Column(name = "code", length = 20)
  private String code;

  @Column(name = "name", length = 100, nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "disposition", length = 20, nullable = false)
  private Disposition disposition;

  /** The grid category (qualified, e.g. {@code C0109}) when the disposition is {@code CASE}. */
  @Column(name = "grid_category", length = 10)
  private String gridCategory;

  @Column(name = "active", nullable = false)
  private boolean active = true;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", length = 80, nullable = false)
  private String updatedBy;

  @Version
  @Column(name = "version")
  private long version;

  protected CategoryMapping() {}

  public CategoryMapping(String code, String name, String by, Instant at) {
    this.code = code;
    this.name = name;
    this.disposition = Disposition.MANUAL;
    this.updatedBy = by;
    this.updatedAt = at;
  }

  /** Changes the mapping (the caller has validated the grid category). */
  public void change(
      String name,
      Disposition disposition,
      String gridCategory,
      boolean active,
      String by,
      Instant at) {
    this.name = name;
    this.disposition = disposition;
    this.gridCategory = disposition == Disposition.CASE ? gridCategory : null;
    this.active = active;
    this.updatedBy = by;
    this.updatedAt = at;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public Disposition disposition() {
    return disposition;
  }

  public String gridCategory() {
    return gridCategory;
  }

  public boolean active() {
    return active;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public String updatedBy() {
    return updatedBy;
  }

  public long version() {
    return version;
  }
}

package cn.finegov.kernel.domain.model.lineage;

import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.kernel.api.lineage.EntityRef;
import cn.finegov.kernel.api.lineage.LinkView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/** "{@code target} came from {@code source}": written once, never changed. */
@Entity
@Table(name = "krn_link")
public class Link {

  private static final Pattern RELATION = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "krn_link_seq")
  @SequenceGenerator(name = "krn_link_seq", sequenceName = "krn_link_seq", allocationSize = 50)
  private Long id;

  @Column(
      name = "source_module",
      nullable = false,
      length = EntityRef.MAX_MODULE,
      updatable = false)
  private String sourceModule;

  @Column(name = "source_type", nullable = false, length = EntityRef.MAX_TYPE, updatable = false)
  private String sourceType;

  @Column(name = "source_id", nullable = false, length = EntityRef.MAX_ID, updatable = false)
  private String sourceId;

  @Column(
      name = "target_module",
      nullable = false,
      length = EntityRef.MAX_MODULE,
      updatable = false)
  private String targetModule;

  @Column(name = "target_type", nullable = false, length = EntityRef.MAX_TYPE, updatable = false)
  private String targetType;

  @Column(name = "target_id", nullable = false, length = EntityRef.MAX_ID, updatable = false)
  private String targetId;

  @Column(name = "relation", nullable = false, length = 40, updatable = false)
  private String relation;

  @Column(name = "created_by", nullable = false, length = 80, updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected Link() {}

  public Link(EntityRef source, EntityRef target, String relation, String createdBy, Instant now) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    if (relation == null || !RELATION.matcher(relation).matches()) {
      throw ValidationException.of("relation", "lineage.relation.invalid", relation);
    }
    if (source.equals(target)) {
      throw ValidationException.of("target", "lineage.self");
    }
    this.sourceModule = source.module();
    this.sourceType = source.type();
    this.sourceId = source.id();
    this.targetModule = target.module();
    this.targetType = target.type();
    this.targetId = target.id();
    this.relation = relation;
    this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
    this.createdAt = Objects.requireNonNull(now, "now");
  }

  public Long id() {
    return id;
  }

  public EntityRef source() {
    return new EntityRef(sourceModule, sourceType, sourceId);
  }

  public EntityRef target() {
    return new EntityRef(targetModule, targetType, targetId);
  }

  public String relation() {
    return relation;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  /** The stored link as callers see it. */
  public LinkView view() {
    return new LinkView(id, source(), target(), relation, createdBy, createdAt);
  }

  /** The values written to the audit log. */
  public Map<String, Object> auditValues() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("source", source().toString());
    values.put("target", target().toString());
    values.put("relation", relation);
    return values;
  }
}

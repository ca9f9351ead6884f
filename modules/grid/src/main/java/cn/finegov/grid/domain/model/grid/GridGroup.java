package cn.finegov.grid.domain.model.grid;

import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.kernel.api.text.Texts;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The grid group (网格小组) of one unit grid: exactly one leader and the members, each named at most
 * once.
 */
@Entity
@Table(name = "grd_grid_group")
public class GridGroup {

  public static final int MAX_MEMBERS = 50;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "grd_grid_group_seq")
  @SequenceGenerator(
      name = "grd_grid_group_seq",
      sequenceName = "grd_grid_group_seq",
      allocationSize = 50)
  private Long id;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @Embedded private GridCode grid;

  @Column(name = "name", length = 100, nullable = false)
  private String name;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "grd_grid_group_member", joinColumns = @JoinColumn(name = "group_id"))
  @OrderColumn(name = "position")
  private List<GridGroupMember> members = new ArrayList<>();

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected GridGroup() {}

  /** The group of a unit grid (whether the grid exists and is a unit grid: the service). */
  public static GridGroup create(
      GridCode grid, String name, List<GridGroupMember> members, Instant now) {
    GridGroup group = new GridGroup();
    group.grid = grid;
    group.createdAt = now;
    group.change(name, members, now);
    return group;
  }

  /**
   * Replaces name and members.
   *
   * @return whether anything changed
   * @throws ValidationException without exactly one leader, with too many members or the same
   *     account twice
   */
  public boolean change(String newName, List<GridGroupMember> newMembers, Instant now) {
    String cleanName = Texts.strip(newName);
    ValidationException.Collector errors = new ValidationException.Collector();
    errors.required("name", cleanName).maxLength("name", cleanName, 100);
    long leaders = newMembers.stream().filter(GridGroupMember::leader).count();
    if (leaders != 1) {
      errors.add("members", "grid.group.one-leader", leaders);
    }
    if (newMembers.size() > MAX_MEMBERS) {
      errors.add("members", "grid.group.too-many", MAX_MEMBERS);
    }
    Set<String> accounts = new HashSet<>();
    for (GridGroupMember member : newMembers) {
      member
          .username()
          .filter(username -> !accounts.add(username))
          .ifPresent(username -> errors.add("members", "grid.group.member-twice", username));
    }
    errors.throwIfAny();
    boolean changed = !cleanName.equals(name) || !members.equals(newMembers);
    name = cleanName;
    if (!members.equals(newMembers)) {
      members.clear();
      members.addAll(newMembers);
    }
    if (changed) {
      updatedAt = now;
    }
    return changed;
  }

  public Map<String, Object> auditValues() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("grid", grid.value());
    values.put("name", name);
    values.put("members", members.stream().map(GridGroupMember::toString).toList());
    return values;
  }

  public Long id() {
    return id;
  }

  public long version() {
    return version;
  }

  public GridCode grid() {
    return grid;
  }

  public String name() {
    return name;
  }

  public List<GridGroupMember> members() {
    return List.copyOf(members);
  }

  public Optional<GridGroupMember> leader() {
    return members.stream().filter(GridGroupMember::leader).findFirst();
  }
}

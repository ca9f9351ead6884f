package cn.finegov.grid.application.grid;

import cn.finegov.grid.GridModule;
import cn.finegov.grid.domain.model.grid.Grid;
import cn.finegov.grid.domain.model.grid.GridCode;
import cn.finegov.grid.domain.model.grid.GridGroup;
import cn.finegov.grid.domain.model.grid.GridGroupMember;
import cn.finegov.grid.domain.model.grid.GridGroupRepository;
import cn.finegov.grid.domain.model.grid.GridLevel;
import cn.finegov.grid.domain.model.grid.GridRepository;
import cn.finegov.grid.domain.model.grid.MemberType;
import cn.finegov.kernel.api.audit.AuditLog;
import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.error.FieldError;
import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.kernel.api.org.OrganisationDirectory;
import cn.finegov.kernel.api.security.Actor;
import cn.finegov.kernel.api.security.ActorContext;
import cn.finegov.kernel.api.text.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads and maintains the grid groups of unit grids. Lists mask phone numbers; a reader who may
 * maintain groups sees them whole in the group's detail. Changing a group needs the
 * reference-manage permission and the grid's owning unit in the actor's scope.
 */
@ApplicationScoped
@Transactional
public class GridGroupService {

  static final String ENTITY = "GridGroup";

  @Inject GridGroupRepository groups;
  @Inject GridRepository grids;
  @Inject AuditLog audit;
  @Inject ActorContext actors;
  @Inject OrganisationDirectory organisation;
  @Inject Clock clock;

  /** Every group, phones masked. */
  public List<GroupView> list() {
    actors.requirePermission(GridModule.REFERENCE_READ, GridModule.REFERENCE_MANAGE);
    List<GridGroup> all = groups.all();
    Map<GridCode, String> names =
        grids.findAll(all.stream().map(GridGroup::grid).toList()).stream()
            .collect(Collectors.toMap(Grid::code, Grid::name));
    return all.stream()
        .map(group -> GroupView.of(group, names.getOrDefault(group.grid(), ""), false))
        .toList();
  }

  /** The group of a unit grid, if it has one; phones whole for those who may maintain it. */
  public Optional<GroupView> find(String gridCode) {
    Actor actor = actors.requirePermission(GridModule.REFERENCE_READ, GridModule.REFERENCE_MANAGE);
    Grid grid = unitGrid(gridCode);
    boolean full = actor.hasPermission(GridModule.REFERENCE_MANAGE) && inScope(actor, grid);
    return groups.find(grid.code()).map(group -> GroupView.of(group, grid.name(), full));
  }

  /** Creates or replaces the group of a unit grid. */
  public GroupView save(String gridCode, GroupDraft draft) {
    Actor actor = actors.requirePermission(GridModule.REFERENCE_MANAGE);
    Grid grid = unitGrid(gridCode);
    if (!inScope(actor, grid)) {
      throw DomainException.forbidden("grid.tree.unit-out-of-scope", grid.unitCode());
    }
    Optional<GridGroup> existing = groups.find(grid.code());
    List<GridGroupMember> members =
        members(draft.members(), existing.map(GridGroup::members).orElse(List.of()));
    GridGroup group;
    if (existing.isEmpty()) {
      group = groups.store(GridGroup.create(grid.code(), draft.name(), members, clock.instant()));
      audit.record(ENTITY, grid.code().value(), "CREATE", Map.of(), group.auditValues());
    } else {
      group = existing.get();
      Map<String, Object> before = group.auditValues();
      if (group.change(draft.name(), members, clock.instant())) {
        audit.record(ENTITY, grid.code().value(), "UPDATE", before, group.auditValues());
      }
    }
    return GroupView.of(group, grid.name(), true);
  }

  /** Removes the group of a unit grid. */
  public void delete(String gridCode) {
    Actor actor = actors.requirePermission(GridModule.REFERENCE_MANAGE);
    Grid grid = unitGrid(gridCode);
    if (!inScope(actor, grid)) {
      throw DomainException.forbidden("grid.tree.unit-out-of-scope", grid.unitCode());
    }
    GridGroup group =
        groups
            .find(grid.code())
            .orElseThrow(() -> DomainException.notFound("grid.group.not-found", grid.code()));
    audit.record(ENTITY, grid.code().value(), "DELETE", group.auditValues(), Map.of());
    groups.delete(group);
  }

  private static List<GridGroupMember> members(
      List<GroupMemberDraft> drafts, List<GridGroupMember> stored) {
    List<FieldError> errors = new ArrayList<>();
    List<GridGroupMember> members = new ArrayList<>();
    List<GroupMemberDraft> given = drafts == null ? List.of() : drafts;
    for (int i = 0; i < given.size(); i++) {
      GroupMemberDraft draft = given.get(i);
      String field = "members[" + (i + 1) + "]";
      MemberType type = typeOf(draft.type()).orElse(null);
      if (type == null && Texts.strippedOrNull(draft.type()) != null) {
        errors.add(new FieldError(field + ".type", "grid.group.type-invalid", draft.type()));
        continue;
      }
      String name = Texts.strippedOrNull(draft.name()) == null ? draft.username() : draft.name();
      String phone = draft.phone();
      if (draft.keepPhone() && Texts.strippedOrNull(phone) == null) {
        phone = storedPhone(stored, draft.username(), name).orElse(null);
      }
      try {
        members.add(GridGroupMember.of(field, type, draft.leader(), draft.username(), name, phone));
      } catch (ValidationException invalid) {
        errors.addAll(invalid.errors());
      }
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    return members;
  }

  /**
   * The phone stored for the same person: the stored member with the same account, else (no account
   * given, or none stored with it) the first with the same name.
   */
  static Optional<String> storedPhone(List<GridGroupMember> stored, String username, String name) {
    String account = Texts.strippedOrNull(username);
    String person = Texts.strippedOrNull(name);
    Optional<GridGroupMember> same =
        account == null
            ? Optional.empty()
            : stored.stream()
                .filter(m -> m.username().filter(account::equals).isPresent())
                .findFirst();
    if (same.isEmpty() && person != null) {
      same = stored.stream().filter(m -> person.equals(m.personName())).findFirst();
    }
    return same.flatMap(GridGroupMember::phone);
  }

  private static Optional<MemberType> typeOf(String text) {
    try {
      return Optional.of(MemberType.valueOf(text.strip().toUpperCase(Locale.ROOT)));
    } catch (RuntimeException unknown) {
      return Optional.empty();
    }
  }

  private Grid unitGrid(String code) {
    Function<String, DomainException> missing =
        text -> DomainException.notFound("grid.tree.not-found", String.valueOf(text));
    GridCode gridCode;
    try {
      gridCode = GridCode.of(code);
    } catch (DomainException invalid) {
      throw missing.apply(code);
    }
    Grid grid = grids.find(gridCode).orElseThrow(() -> missing.apply(code));
    if (grid.level() != GridLevel.UNIT) {
      throw DomainException.rule("grid.group.unit-grid-only", grid.code().value());
    }
    return grid;
  }

  private boolean inScope(Actor actor, Grid grid) {
    return organisation
        .findByCode(grid.unitCode())
        .map(unit -> actor.scope().covers(unit.path()))
        .orElse(actor.scope().everything());
  }
}

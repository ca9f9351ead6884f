package cn.finegov.grid.application.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cn.finegov.grid.GridModule;
import cn.finegov.grid.domain.model.grid.Grid;
import cn.finegov.grid.domain.model.grid.GridCode;
import cn.finegov.grid.domain.model.grid.GridGroup;
import cn.finegov.grid.domain.model.grid.GridGroupMember;
import cn.finegov.grid.domain.model.grid.GridGroupRepository;
import cn.finegov.grid.domain.model.grid.GridLevel;
import cn.finegov.grid.domain.model.grid.GridRepository;
import cn.finegov.grid.domain.model.grid.GridShape;
import cn.finegov.grid.domain.model.grid.MemberType;
import cn.finegov.grid.domain.model.gridcase.GeoPoint;
import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.kernel.api.org.OrganisationDirectory;
import cn.finegov.kernel.api.org.UnitSummary;
import cn.finegov.kernel.api.security.Actor;
import cn.finegov.kernel.api.security.ActorContext;
import cn.finegov.kernel.api.security.Scope;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The grid group service on in-memory repositories: a member left without a phone keeps the stored
 * one when the editor asks for it (the screen never shows stored numbers), refused groups store
 * nothing, and views for screens mask phones.
 */
class GridGroupServiceTest {

  private static final String SQUARE =
      "{\"type\":\"Polygon\",\"coordinates\":[[[120.15,30.27],[120.16,30.27],[120.16,30.28],"
          + "[120.15,30.28],[120.15,30.27]]]}";
  private static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");
  private static final String UNIT = "990102001001001";

  private final Map<GridCode, GridGroup> stored = new HashMap<>();
  private final List<String> audit = new ArrayList<>();
  private GridGroupService service;

  @BeforeEach
  void setUp() {
    Grid grid =
        Grid.create(GridCode.of(UNIT), "望江一网格", "990102001001", GridShape.parse(SQUARE), NOW);
    service = new GridGroupService();
    service.groups = new Groups();
    service.grids = new Grids(grid);
    service.audit = (type, id, action, before, after) -> audit.add(type + " " + id + " " + action);
    service.actors = new Manager();
    service.organisation = new NoUnits();
    service.clock = Clock.fixed(NOW, ZoneOffset.UTC);
  }

  @Test
  void aMemberLeftWithoutAPhoneKeepsTheStoredOneOfTheSamePerson() {
    service.save(
        UNIT,
        new GroupDraft(
            "望江一组",
            List.of(
                new GroupMemberDraft("GRID_WORKER", true, "gridworker", "郑敏", "13912345678"),
                new GroupMemberDraft("OWNERS_DELEGATE", false, null, "王业主", "13800001111"),
                new GroupMemberDraft("SECONDED_STAFF", false, null, "李干部", "13700002222"))));

    GroupView saved =
        service.save(
            UNIT,
            new GroupDraft(
                "望江一组",
                List.of(
                    // the same account, renamed: its phone stays
                    new GroupMemberDraft("GRID_WORKER", true, "gridworker", "郑敏敏", " ", true),
                    // a person without an account, by name
                    new GroupMemberDraft("OWNERS_DELEGATE", false, null, "王业主", null, true),
                    // a new phone replaces the stored one
                    new GroupMemberDraft("SECONDED_STAFF", false, null, "李干部", "13600003333", true),
                    // somebody new has no stored phone
                    new GroupMemberDraft("GRID_WORKER", false, "newworker", null, "", true))));

    assertThat(saved.members())
        .extracting(GroupView.GroupMemberView::name, GroupView.GroupMemberView::phone)
        .containsExactly(
            tuple("郑敏敏", "13912345678"),
            tuple("王业主", "13800001111"),
            tuple("李干部", "13600003333"),
            tuple("newworker", ""));
    assertThat(stored.get(GridCode.of(UNIT)).members())
        .extracting(member -> member.phone().orElse(null))
        .containsExactly("13912345678", "13800001111", "13600003333", null);
    assertThat(audit)
        .containsExactly("GridGroup " + UNIT + " CREATE", "GridGroup " + UNIT + " UPDATE");
  }

  @Test
  void withoutKeepingABlankPhoneRemovesTheStoredOne() {
    service.save(
        UNIT,
        new GroupDraft(
            "望江一组",
            List.of(new GroupMemberDraft("GRID_WORKER", true, "gridworker", "郑敏", "13912345678"))));

    service.save(
        UNIT,
        new GroupDraft(
            "望江一组", List.of(new GroupMemberDraft("GRID_WORKER", true, "gridworker", "郑敏", ""))));

    assertThat(stored.get(GridCode.of(UNIT)).members().get(0).phone()).isEmpty();
  }

  @Test
  void theAccountDecidesBeforeTheName() {
    List<GridGroupMember> members =
        List.of(
            GridGroupMember.of("m1", MemberType.GRID_WORKER, false, "a", "张三", "13900000001"),
            GridGroupMember.of("m2", MemberType.OWNERS_DELEGATE, false, null, "张三", "13900000002"),
            GridGroupMember.of("m3", MemberType.GRID_WORKER, false, "c", "李四", null));

    assertThat(GridGroupService.storedPhone(members, "a", "别名")).contains("13900000001");
    assertThat(GridGroupService.storedPhone(members, null, " 张三 ")).contains("13900000001");
    assertThat(GridGroupService.storedPhone(members, "b", "张三")).contains("13900000001");
    assertThat(GridGroupService.storedPhone(members, "c", "张三")).as("c has none").isEmpty();
    assertThat(GridGroupService.storedPhone(members, "d", "王五")).isEmpty();
  }

  @Test
  void twoLeadersAreRefusedAndNothingIsStored() {
    assertThatThrownBy(
            () ->
                service.save(
                    UNIT,
                    new GroupDraft(
                        "望江一组",
                        List.of(
                            new GroupMemberDraft("GRID_WORKER", true, "a", "甲", null),
                            new GroupMemberDraft("GRID_WORKER", true, "b", "乙", null)))))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .anySatisfy(
                        error ->
                            assertThat(error.messageKey()).isEqualTo("grid.group.one-leader")));
    assertThat(stored).isEmpty();
    assertThat(audit).isEmpty();
  }

  @Test
  void aMaskedViewShowsNoWholePhone() {
    service.save(
        UNIT,
        new GroupDraft(
            "望江一组",
            List.of(
                new GroupMemberDraft("GRID_WORKER", true, "gridworker", "郑敏", "13912345678"),
                new GroupMemberDraft("OWNERS_DELEGATE", false, null, "王业主", null))));

    GroupView full = service.find(UNIT).orElseThrow();
    assertThat(full.members().get(0).phone()).isEqualTo("13912345678");
    GroupView masked = full.masked();
    assertThat(masked.members())
        .extracting(GroupView.GroupMemberView::phone)
        .containsExactly("139****5678", "");
    assertThat(masked.masked()).isEqualTo(masked);
    assertThat(masked.name()).isEqualTo("望江一组");
    assertThat(masked.leaderName()).isEqualTo("郑敏");
  }

  private final class Groups implements GridGroupRepository {
    @Override
    public Optional<GridGroup> find(GridCode grid) {
      return Optional.ofNullable(stored.get(grid));
    }

    @Override
    public List<GridGroup> all() {
      return List.copyOf(stored.values());
    }

    @Override
    public Set<GridCode> gridsOf(String username) {
      return Set.of();
    }

    @Override
    public GridGroup store(GridGroup group) {
      stored.put(group.grid(), group);
      return group;
    }

    @Override
    public void delete(GridGroup group) {
      stored.remove(group.grid());
    }
  }

  private record Grids(Grid grid) implements GridRepository {
    @Override
    public Optional<Grid> find(GridCode code) {
      return grid.code().equals(code) ? Optional.of(grid) : Optional.empty();
    }

    @Override
    public List<Grid> list(Optional<GridCode> parent, Optional<GridLevel> level) {
      return List.of(grid);
    }

    @Override
    public List<Grid> findAll(Collection<GridCode> codes) {
      return codes.contains(grid.code()) ? List.of(grid) : List.of();
    }

    @Override
    public List<Grid> unitGridsWhoseBoxHolds(GeoPoint point) {
      return List.of();
    }

    @Override
    public long countChildren(GridCode parent) {
      return 0;
    }

    @Override
    public Grid store(Grid stored) {
      return stored;
    }
  }

  private static final class Manager implements ActorContext {
    private final Actor actor =
        new Actor(
            "modadmin",
            "模块管理员",
            1L,
            "990102",
            "/1/",
            Set.of(),
            Set.of(GridModule.REFERENCE_READ, GridModule.REFERENCE_MANAGE),
            Scope.EVERYTHING,
            Actor.Kind.PERSON);

    @Override
    public Actor current() {
      return actor;
    }

    @Override
    public String clientAddress() {
      return "test";
    }

    @Override
    public <T> T runAs(Actor other, Supplier<T> work) {
      return work.get();
    }
  }

  private static final class NoUnits implements OrganisationDirectory {
    @Override
    public Optional<UnitSummary> findById(long id) {
      return Optional.empty();
    }

    @Override
    public Optional<UnitSummary> findByCode(String code) {
      return Optional.empty();
    }

    @Override
    public List<UnitSummary> subtree(long unitId) {
      return List.of();
    }

    @Override
    public List<UnitSummary> roots() {
      return List.of();
    }

    @Override
    public List<UnitSummary> within(Scope scope) {
      return List.of();
    }
  }
}

package cn.finegov.kernel.domain.model.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;

import cn.finegov.kernel.api.error.DomainException;
import cn.finegov.kernel.api.error.FieldError;
import cn.finegov.kernel.api.error.ValidationException;
import cn.finegov.kernel.api.i18n.MessageKey;
import cn.finegov.kernel.api.org.UnitCode;
import cn.finegov.kernel.api.org.UnitSummary;
import cn.finegov.kernel.api.org.UnitType;
import java.lang.reflect.Field;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OrgUnitTest {

  private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

  private OrgUnit city;
  private OrgUnit district;
  private OrgUnit street;
  private OrgUnit community;

  @BeforeEach
  void buildTree() {
    city = stored(1, unit("990100", "江城市", UnitType.CITY, null), null);
    district = stored(5, unit("990102", "望江区", UnitType.DISTRICT, city), city);
    street = stored(23, unit("990102001", "望江街道", UnitType.STREET, district), district);
    community = stored(40, unit("990102001001", "滨江社区", UnitType.COMMUNITY, street), street);
  }

  /** A new unit as the service creates it, before the repository gives it an identifier. */
  private static OrgUnit unit(String code, String name, UnitType type, OrgUnit parent) {
    return OrgUnit.create(UnitCode.of(code), name, null, type, parent, 0, NOW);
  }

  /** Does what the repository and the service do after storing: identifier, then path. */
  private static OrgUnit stored(long id, OrgUnit unit, OrgUnit parent) {
    try {
      Field field = OrgUnit.class.getDeclaredField("id");
      field.setAccessible(true);
      field.set(unit, id);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
    unit.placeUnder(parent);
    return unit;
  }

  @Test
  void aNewUnitIsActiveAndCarriesWhatItWasCreatedWith() {
    OrgUnit unit =
        OrgUnit.create(
            UnitCode.of("dept-01"), "  城管局  ", "  城管  ", UnitType.DEPARTMENT, district, 3, NOW);

    assertThat(unit.id()).isNull();
    assertThat(unit.code()).isEqualTo(UnitCode.of("DEPT-01"));
    assertThat(unit.name()).isEqualTo("城管局");
    assertThat(unit.shortName()).isEqualTo("城管");
    assertThat(unit.type()).isEqualTo(UnitType.DEPARTMENT);
    assertThat(unit.parentId()).isEqualTo(5L);
    assertThat(unit.sortOrder()).isEqualTo(3);
    assertThat(unit.isActive()).isTrue();
    assertThat(unit.createdAt()).isEqualTo(NOW);
    assertThat(unit.updatedAt()).isEqualTo(NOW);
    assertThat(unit.path()).isEmpty();
  }

  @Test
  void aBlankShortNameIsStoredAsNone() {
    OrgUnit unit =
        OrgUnit.create(UnitCode.of("990103"), "江北区", "   ", UnitType.DISTRICT, city, 0, NOW);
    assertThat(unit.shortName()).isNull();
  }

  @Test
  void aUnitMayNotBeCreatedWhereItsTypeDoesNotFit() {
    DomainException refusal =
        catchThrowableOfType(
            DomainException.class,
            () ->
                OrgUnit.create(
                    UnitCode.of("990102002"), "某社区", null, UnitType.COMMUNITY, district, 0, NOW));
    assertThat(refusal.kind()).isEqualTo(DomainException.Kind.RULE);
    assertThat(refusal.messageKey()).isEqualTo("unit.placement.parent");
    assertThat(refusal.arguments())
        .containsExactly(
            new MessageKey("unit.type.COMMUNITY"), new MessageKey("unit.type.DISTRICT"));
  }

  @Test
  void aUnitThatMayNotBeRootIsRefusedAtTheTop() {
    DomainException refusal =
        catchThrowableOfType(
            DomainException.class,
            () -> OrgUnit.create(UnitCode.of("S1"), "某街道", null, UnitType.STREET, null, 0, NOW));
    assertThat(refusal.messageKey()).isEqualTo("unit.placement.root");
    assertThat(refusal.arguments()).containsExactly(new MessageKey("unit.type.STREET"));
  }

  @Test
  void creatingValidatesEveryFieldAtOnce() {
    ValidationException refusal =
        catchThrowableOfType(
            ValidationException.class,
            () ->
                OrgUnit.create(
                    UnitCode.of("X1"),
                    " ",
                    "简".repeat(OrgUnit.MAX_SHORT_NAME + 1),
                    UnitType.DEPARTMENT,
                    city,
                    -1,
                    NOW));
    assertThat(refusal.errors())
        .extracting(FieldError::field, FieldError::messageKey)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("name", "validation.required"),
            org.assertj.core.groups.Tuple.tuple("shortName", "validation.too-long"),
            org.assertj.core.groups.Tuple.tuple("sortOrder", "validation.not-negative"));
  }

  @Test
  void aNameMayHaveAtMostOneHundredCharactersAfterTrimming() {
    String longest = "名".repeat(OrgUnit.MAX_NAME);
    assertThat(district.describe("  " + longest + "  ", null, 0)).isTrue();
    assertThat(district.name()).isEqualTo(longest);

    ValidationException refusal =
        catchThrowableOfType(
            ValidationException.class, () -> district.describe(longest + "名", null, 0));
    assertThat(refusal.errors())
        .singleElement()
        .satisfies(
            error -> {
              assertThat(error.field()).isEqualTo("name");
              assertThat(error.messageKey()).isEqualTo("validation.too-long");
              assertThat(error.arguments()).containsExactly(OrgUnit.MAX_NAME);
            });
  }

  @Test
  void describeTellsWhetherAnythingChanged() {
    assertThat(district.describe("望江区", null, 0)).isFalse();
    assertThat(district.describe(" 望江区 ", "  ", 0)).isFalse();
    assertThat(district.describe("望江新区", null, 0)).isTrue();
    assertThat(district.describe("望江新区", "望江", 0)).isTrue();
    assertThat(district.describe("望江新区", "望江", 7)).isTrue();
    assertThat(district.describe("望江新区", "望江", 7)).isFalse();

    assertThat(district.name()).isEqualTo("望江新区");
    assertThat(district.shortName()).isEqualTo("望江");
    assertThat(district.sortOrder()).isEqualTo(7);
  }

  @Test
  void aRefusedDescriptionChangesNothing() {
    assertThatThrownBy(() -> district.describe("", "新", 2)).isInstanceOf(ValidationException.class);
    assertThat(district.name()).isEqualTo("望江区");
    assertThat(district.shortName()).isNull();
    assertThat(district.sortOrder()).isZero();
  }

  @Test
  void placeUnderBuildsTheMaterialisedPathFromTheParent() {
    assertThat(city.path()).isEqualTo("/1/");
    assertThat(district.path()).isEqualTo("/1/5/");
    assertThat(street.path()).isEqualTo("/1/5/23/");
    assertThat(community.path()).isEqualTo("/1/5/23/40/");
    assertThat(community.parentId()).isEqualTo(23L);
    assertThat(city.parentId()).isNull();
  }

  @Test
  void aUnitWithoutIdentifierCannotBePlaced() {
    OrgUnit fresh = unit("990103", "江北区", UnitType.DISTRICT, city);
    assertThatThrownBy(() -> fresh.placeUnder(city)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void placingWithTheSameTypeAndParentChangesNothing() {
    OrgUnit.Placement placement = street.place(UnitType.STREET, district);
    assertThat(placement.changed()).isFalse();
    assertThat(placement.moved()).isFalse();
    assertThat(placement.retyped()).isFalse();
    assertThat(placement.previousPath()).isNull();
    assertThat(street.path()).isEqualTo("/1/5/23/");
  }

  @Test
  void aStreetCanBeRetypedAsATownInPlace() {
    OrgUnit.Placement placement = street.place(UnitType.TOWN, district);
    assertThat(placement.retyped()).isTrue();
    assertThat(placement.moved()).isFalse();
    assertThat(placement.changed()).isTrue();
    assertThat(street.type()).isEqualTo(UnitType.TOWN);
    assertThat(street.path()).isEqualTo("/1/5/23/");
  }

  @Test
  void retypingIntoATypeThatDoesNotFitTheParentIsRefusedAndChangesNothing() {
    DomainException refusal =
        catchThrowableOfType(
            DomainException.class, () -> street.place(UnitType.COMMUNITY, district));
    assertThat(refusal.messageKey()).isEqualTo("unit.placement.parent");
    assertThat(street.type()).isEqualTo(UnitType.STREET);
  }

  @Test
  void movingUnderAnotherParentRewritesThePathAndReportsThePreviousOne() {
    OrgUnit otherDistrict = stored(7, unit("990103", "江北区", UnitType.DISTRICT, city), city);

    OrgUnit.Placement placement = street.place(UnitType.STREET, otherDistrict);

    assertThat(placement.moved()).isTrue();
    assertThat(placement.retyped()).isFalse();
    assertThat(placement.changed()).isTrue();
    assertThat(placement.previousPath()).isEqualTo("/1/5/23/");
    assertThat(street.parentId()).isEqualTo(7L);
    assertThat(street.path()).isEqualTo("/1/7/23/");
  }

  @Test
  void aDistrictCanBeMovedToTheTop() {
    OrgUnit.Placement placement = district.place(UnitType.DISTRICT, null);
    assertThat(placement.moved()).isTrue();
    assertThat(placement.previousPath()).isEqualTo("/1/5/");
    assertThat(district.parentId()).isNull();
    assertThat(district.path()).isEqualTo("/5/");
  }

  @Test
  void aUnitCannotBeMovedUnderItsOwnDescendant() {
    OrgUnit department = stored(60, unit("D-STREET", "街道城管科", UnitType.DEPARTMENT, street), street);
    OrgUnit office =
        stored(61, unit("D-STREET-1", "街道城管一组", UnitType.DEPARTMENT, department), department);

    DomainException refusal =
        catchThrowableOfType(
            DomainException.class, () -> department.place(UnitType.DEPARTMENT, office));

    assertThat(refusal.kind()).isEqualTo(DomainException.Kind.RULE);
    assertThat(refusal.messageKey()).isEqualTo("unit.move.into-own-subtree");
    assertThat(refusal.arguments()).containsExactly("D-STREET", "D-STREET-1");
    assertThat(department.parentId()).isEqualTo(23L);
    assertThat(department.path()).isEqualTo("/1/5/23/60/");
  }

  @Test
  void aUnitCannotBeMovedUnderItself() {
    OrgUnit department = stored(60, unit("D-CITY", "市城管局", UnitType.DEPARTMENT, city), city);
    DomainException refusal =
        catchThrowableOfType(
            DomainException.class, () -> department.place(UnitType.DEPARTMENT, department));
    assertThat(refusal.messageKey()).isEqualTo("unit.move.into-own-subtree");
  }

  @Test
  void aSiblingWhoseIdentifierStartsWithTheSameDigitsIsNotInTheSubtree() {
    OrgUnit department = stored(6, unit("D6", "部门六", UnitType.DEPARTMENT, city), city);
    OrgUnit other = stored(60, unit("D60", "部门六十", UnitType.DEPARTMENT, city), city);

    OrgUnit.Placement placement = department.place(UnitType.DEPARTMENT, other);

    assertThat(placement.moved()).isTrue();
    assertThat(department.path()).isEqualTo("/1/60/6/");
  }

  @Test
  void aUnitCannotBeMovedUnderAnInactiveParent() {
    OrgUnit otherDistrict = stored(7, unit("990103", "江北区", UnitType.DISTRICT, city), city);
    otherDistrict.deactivate();

    DomainException refusal =
        catchThrowableOfType(
            DomainException.class, () -> street.place(UnitType.STREET, otherDistrict));

    assertThat(refusal.messageKey()).isEqualTo("unit.parent.inactive");
    assertThat(refusal.arguments()).containsExactly("990103");
    assertThat(street.parentId()).isEqualTo(5L);
    assertThat(street.path()).isEqualTo("/1/5/23/");
  }

  @Test
  void retypingUnderAnUnchangedInactiveParentIsNotAMove() {
    district.deactivate();
    OrgUnit.Placement placement = street.place(UnitType.TOWN, district);
    assertThat(placement.retyped()).isTrue();
    assertThat(placement.moved()).isFalse();
  }

  @Test
  void deactivateAndReactivateReportWhetherTheStateChanged() {
    assertThat(community.deactivate()).isTrue();
    assertThat(community.isActive()).isFalse();
    assertThat(community.deactivate()).isFalse();

    assertThat(community.reactivate(street)).isTrue();
    assertThat(community.isActive()).isTrue();
    assertThat(community.reactivate(street)).isFalse();
  }

  @Test
  void aUnitCannotBeReactivatedUnderAnInactiveParent() {
    community.deactivate();
    street.deactivate();

    DomainException refusal =
        catchThrowableOfType(DomainException.class, () -> community.reactivate(street));

    assertThat(refusal.messageKey()).isEqualTo("unit.parent.inactive");
    assertThat(refusal.arguments()).containsExactly("990102001");
    assertThat(community.isActive()).isFalse();
  }

  @Test
  void aTopUnitCanBeReactivatedWithoutParent() {
    city.deactivate();
    assertThat(city.reactivate(null)).isTrue();
    assertThat(city.isActive()).isTrue();
  }

  @Test
  void touchRecordsTheTimeOfTheChangeButNotOfTheCreation() {
    Instant later = NOW.plusSeconds(60);
    street.touch(later);
    assertThat(street.updatedAt()).isEqualTo(later);
    assertThat(street.createdAt()).isEqualTo(NOW);
  }

  @Test
  void auditValuesHoldTheFieldsAPersonChanges() {
    street.describe("望江街道办事处", "望江", 2);
    street.deactivate();

    assertThat(street.auditValues())
        .containsExactly(
            entry("code", "990102001"),
            entry("name", "望江街道办事处"),
            entry("shortName", "望江"),
            entry("type", "STREET"),
            entry("parentId", 5L),
            entry("sortOrder", 2),
            entry("active", false));
  }

  @Test
  void auditValuesOfATopUnitHaveNoParentAndNoShortName() {
    assertThat(city.auditValues()).containsEntry("parentId", null).containsEntry("shortName", null);
  }

  @Test
  void theSummaryMirrorsTheUnit() {
    community.describe("滨江社区居委会", "滨江", 4);

    UnitSummary summary = community.toSummary();

    assertThat(summary)
        .isEqualTo(
            new UnitSummary(
                40L,
                "990102001001",
                "滨江社区居委会",
                "滨江",
                UnitType.COMMUNITY,
                23L,
                true,
                4,
                "/1/5/23/40/"));
    assertThat(summary.label()).isEqualTo("滨江社区居委会 (990102001001)");
  }
}

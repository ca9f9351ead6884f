package cn.finegov.grid.domain.model.category;

import cn.finegov.kernel.api.calendar.DeadlineRule;
import cn.finegov.kernel.api.error.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A minor category of components or events as the city configures it (立结案标准): names, the time limit
 * of every stage, the unit that handles it unless a routing rule says otherwise, and whether the
 * public may report it (Open311 service list). Reference data, loaded from {@code config/} and
 * edited on screen.
 */
@Entity
@Table(name = "grd_category")
public class Category implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Longest name kept. */
  public static final int MAX_NAME = 60;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "grd_category_seq")
  @SequenceGenerator(
      name = "grd_category_seq",
      sequenceName = "grd_category_seq",
      allocationSize = 50)
  private Long id;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @Embedded private CategoryCode code;

  @Column(name = "major_name", length = MAX_NAME, nullable = false)
  private String majorName;

  @Column(name = "name", length = MAX_NAME, nullable = false)
  private String name;

  @Column(name = "name_en", length = MAX_NAME)
  private String nameEn;

  @Enumerated(EnumType.STRING)
  @Column(name = "file_unit", length = 20, nullable = false)
  private DeadlineRule.Unit fileUnit;

  @Column(name = "file_amount", nullable = false)
  private long fileAmount;

  @Enumerated(EnumType.STRING)
  @Column(name = "dispatch_unit", length = 20, nullable = false)
  private DeadlineRule.Unit dispatchUnit;

  @Column(name = "dispatch_amount", nullable = false)
  private long dispatchAmount;

  @Enumerated(EnumType.STRING)
  @Column(name = "sign_unit", length = 20, nullable = false)
  private DeadlineRule.Unit signUnit;

  @Column(name = "sign_amount", nullable = false)
  private long signAmount;

  @Enumerated(EnumType.STRING)
  @Column(name = "handle_unit", length = 20, nullable = false)
  private DeadlineRule.Unit handleUnit;

  @Column(name = "handle_amount", nullable = false)
  private long handleAmount;

  @Enumerated(EnumType.STRING)
  @Column(name = "verify_unit", length = 20, nullable = false)
  private DeadlineRule.Unit verifyUnit;

  @Column(name = "verify_amount", nullable = false)
  private long verifyAmount;

  @Column(name = "default_unit", length = 32)
  private String defaultUnit;

  @Column(name = "public_service", nullable = false)
  private boolean publicService;

  @Column(name = "active", nullable = false)
  private boolean active = true;

  protected Category() {}

  public Category(
      CategoryCode code,
      String majorName,
      String name,
      String nameEn,
      TimeLimits limits,
      String defaultUnit,
      boolean publicService) {
    this.code = Objects.requireNonNull(code, "code");
    describe(majorName, name, nameEn);
    limit(limits);
    assignTo(defaultUnit);
    this.publicService = publicService;
  }

  /** New names; the Chinese ones are required. */
  public void describe(String majorName, String name, String nameEn) {
    this.majorName = required(majorName, "grid.category.major-name");
    this.name = required(name, "grid.category.name");
    this.nameEn = nameEn == null || nameEn.isBlank() ? null : checked(nameEn.strip());
  }

  /** New time limits for every stage. */
  public void limit(TimeLimits limits) {
    Objects.requireNonNull(limits, "limits");
    DeadlineRule file = limits.of(CaseStage.FILE);
    fileUnit = file.unit();
    fileAmount = file.amount();
    DeadlineRule dispatch = limits.of(CaseStage.DISPATCH);
    dispatchUnit = dispatch.unit();
    dispatchAmount = dispatch.amount();
    DeadlineRule sign = limits.of(CaseStage.SIGN);
    signUnit = sign.unit();
    signAmount = sign.amount();
    DeadlineRule handle = limits.of(CaseStage.HANDLE);
    handleUnit = handle.unit();
    handleAmount = handle.amount();
    DeadlineRule verify = limits.of(CaseStage.VERIFY);
    verifyUnit = verify.unit();
    verifyAmount = verify.amount();
  }

  /** The unit that handles the category where no routing rule applies; {@code null}: none. */
  public void assignTo(String unitCode) {
    defaultUnit = unitCode == null || unitCode.isBlank() ? null : unitCode.strip();
  }

  public void offerToThePublic(boolean offered) {
    publicService = offered;
  }

  public void activate(boolean on) {
    active = on;
  }

  private static String required(String value, String key) {
    if (value == null || value.isBlank()) {
      throw new DomainException(DomainException.Kind.INVALID, key + "-required");
    }
    return checked(value.strip());
  }

  private static String checked(String value) {
    if (value.length() > MAX_NAME) {
      throw new DomainException(DomainException.Kind.INVALID, "grid.category.name-long", MAX_NAME);
    }
    return value;
  }

  public Long id() {
    return id;
  }

  /** The version of the stored row, for optimistic locking on screens and in REST. */
  public long version() {
    return version;
  }

  public CategoryCode code() {
    return code;
  }

  public String majorName() {
    return majorName;
  }

  public String name() {
    return name;
  }

  /** The English name, or the Chinese one where none is given. */
  public String nameEn() {
    return nameEn == null ? name : nameEn;
  }

  /** The English name as given, empty when none was given. */
  public Optional<String> givenNameEn() {
    return Optional.ofNullable(nameEn);
  }

  public TimeLimits limits() {
    Map<CaseStage, DeadlineRule> limits = new EnumMap<>(CaseStage.class);
    limits.put(CaseStage.FILE, new DeadlineRule(fileUnit, fileAmount));
    limits.put(CaseStage.DISPATCH, new DeadlineRule(dispatchUnit, dispatchAmount));
    limits.put(CaseStage.SIGN, new DeadlineRule(signUnit, signAmount));
    limits.put(CaseStage.HANDLE, new DeadlineRule(handleUnit, handleAmount));
    limits.put(CaseStage.VERIFY, new DeadlineRule(verifyUnit, verifyAmount));
    return TimeLimits.of(limits);
  }

  public Optional<String> defaultUnit() {
    return Optional.ofNullable(defaultUnit);
  }

  public boolean publicService() {
    return publicService;
  }

  public boolean active() {
    return active;
  }
}

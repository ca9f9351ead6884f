package cn.finegov.planning.domain.model.task;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A unit that co-operates on a task (配合单位): it sees the task, the lead unit reports. */
@Entity
@Table(name = "pln_task_unit")
public class CooperatingUnit {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pln_task_unit_seq")
  @SequenceGenerator(
      name = "pln_task_unit_seq",
      sequenceName = "pln_task_unit_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "task_id", nullable = false, updatable = false)
  private GovernanceTask task;

  @Column(name = "unit_id", nullable = false)
  private long unitId;

  @Column(name = "unit_code", length = 32, nullable = false)
  private String unitCode;

  @Column(name = "unit_path", length = 1000, nullable = false)
  private String unitPath;

  protected CooperatingUnit() {}

  CooperatingUnit(GovernanceTask task, UnitRef unit) {
    this.task = task;
    this.unitId = unit.id();
    this.unitCode = unit.code();
    this.unitPath = unit.path();
  }

  public UnitRef unit() {
    return new UnitRef(unitId, unitCode, unitPath);
  }
}

package cn.finegov.grid.domain.model.grid;

/** What a member of a grid group is. */
public enum MemberType {
  /** 网格员: a grid worker (supervisor) patrolling the grid. */
  GRID_WORKER,
  /** 下沉干部: staff of a department seconded to the grid. */
  SECONDED_STAFF,
  /** 业委会代表: a delegate of the owners' committee. */
  OWNERS_DELEGATE
}

package cn.finegov.grid.domain.model.grid;

/**
 * The levels of the grid tree: a street is the level-1 grid, a community the level-2 grid, and unit
 * grids (万米单元网格) divide a community.
 */
public enum GridLevel {
  /** 街道 (level-1 grid): county code 6 + street 3 = 9 digits. */
  STREET,
  /** 社区 (level-2 grid): street code + community 3 = 12 digits. */
  COMMUNITY,
  /** 单元网格: community code + sequence 2 (CJ/T 213) or 3 (DB11/T 2157) = 14 or 15 digits. */
  UNIT
}

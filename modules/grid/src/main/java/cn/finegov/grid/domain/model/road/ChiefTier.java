package cn.finegov.grid.domain.model.road;

/** The three tiers of road chief, from the top down. */
public enum ChiefTier {
  /** 统筹路长: a leader who coordinates (often of the street). */
  COORDINATING,
  /** 督导路长: supervises the daily patrols. */
  SUPERVISING,
  /** 日常巡查路长: walks the road and checks in. */
  DAILY_PATROL
}

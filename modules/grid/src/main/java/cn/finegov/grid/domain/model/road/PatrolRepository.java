package cn.finegov.grid.domain.model.road;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Patrols and their track points. */
public interface PatrolRepository {

  Optional<Patrol> find(long id);

  /** The open patrol of a chief, if any. */
  Optional<Patrol> openPatrolOf(String username);

  /** Open patrols started before {@code startedBefore}. */
  List<Patrol> openStartedBefore(Instant startedBefore);

  /**
   * Patrols, newest first, filtered by segment (null: all), start from / to (null: open), and chief
   * (null: all).
   */
  List<Patrol> search(Long segmentId, Instant from, Instant to, String chief, int max);

  Patrol store(Patrol patrol);

  void add(PatrolPoint point);

  /** The track of a patrol in time order. */
  List<TrackPoint> track(long patrolId);
}

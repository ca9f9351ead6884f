package cn.finegov.grid.domain.model.road;

import java.util.List;
import java.util.Optional;

/** Road segments and their chiefs. */
public interface RoadRepository {

  Optional<RoadSegment> find(long id);

  Optional<RoadSegment> findByCode(String code);

  /** Segments whose code or name contains {@code text} (all when blank), by code. */
  List<RoadSegment> search(String text, boolean activeOnly);

  RoadSegment store(RoadSegment segment);

  List<RoadChief> chiefsOf(long segmentId);

  /** Chiefs of many segments at once. */
  List<RoadChief> chiefsOf(List<Long> segmentIds);

  Optional<RoadChief> findChief(long id);

  /** The segments whose chief {@code username} is. */
  List<RoadChief> chiefPostsOf(String username);

  RoadChief store(RoadChief chief);

  void remove(RoadChief chief);
}

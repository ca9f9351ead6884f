package cn.finegov.kernel.domain.model.calendar;

import cn.finegov.kernel.api.calendar.DeadlineOwner;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Stores registered deadlines. */
public interface DeadlineRepository {

  Optional<Deadline> find(long id);

  /** An owner's deadlines, oldest first. */
  List<Deadline> ofOwner(DeadlineOwner owner);

  /** The owner's open deadline of a kind. */
  Optional<Deadline> findOpen(DeadlineOwner owner, String kind);

  /**
   * Open deadlines whose span (start to due date) touches the dates {@code from} to {@code to}.
   *
   * @param region only deadlines counted in this region's calendar; the national calendar matches
   *     every deadline (regions build on it)
   */
  List<Deadline> openTouching(Region region, LocalDate from, LocalDate to);

  Deadline store(Deadline deadline);
}

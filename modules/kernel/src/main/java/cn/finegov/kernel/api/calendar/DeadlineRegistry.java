package cn.finegov.kernel.api.calendar;

import java.util.List;
import java.util.Optional;

/**
 * Deadlines that modules register so that they follow the calendar: when a day is edited or a
 * year's arrangement loaded, every open deadline it affects is recomputed in the same transaction,
 * audited with its old and new due date, and announced with {@link DeadlineRecomputed}. Each
 * registration (except {@link #registerNew}'s) and closing is audited too, as the current actor.
 * Any signed-in actor (person or system flow) may register and close; the owning module decides who
 * may act on its records.
 */
public interface DeadlineRegistry {

  /**
   * Computes and registers a deadline.
   *
   * @throws cn.finegov.kernel.api.error.DomainException (409) when the owner already has an open
   *     deadline of the same kind
   */
  DeadlineView register(DeadlineRequest request);

  /**
   * Registers a deadline of an owner made in the caller's transaction: as {@link #register},
   * without looking for an open deadline of the owner first, which it cannot have yet, and without
   * an audit entry of its own. The caller audits the owner's making in the same transaction, with
   * the due time among the entry's values (a grid case's REPORT entry has it as {@code due}); at a
   * thousand reports a second, a second entry per report saying the same was a quarter of the
   * database's work.
   */
  default DeadlineView registerNew(DeadlineRequest request) {
    return register(request);
  }

  /** Closes a deadline; closing a closed one changes nothing. */
  DeadlineView close(long id);

  /** Closes the owner's open deadline of this kind, if there is one. */
  Optional<DeadlineView> close(DeadlineOwner owner, String kind);

  Optional<DeadlineView> find(long id);

  /** The owner's deadlines, open and closed, oldest first. */
  List<DeadlineView> ofOwner(DeadlineOwner owner);
}

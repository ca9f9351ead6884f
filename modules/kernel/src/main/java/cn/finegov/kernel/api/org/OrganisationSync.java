package cn.finegov.kernel.api.org;

/**
 * Applies units described by an external directory. Idempotent: applying the same description twice
 * changes nothing the second time. Every change is audited in the same transaction.
 */
public interface OrganisationSync {

  /**
   * Creates, updates, moves, deactivates or reactivates the unit with the description's code.
   *
   * @throws cn.finegov.kernel.api.error.DomainException with a readable reason when the description
   *     cannot be applied (unknown parent, a type that does not fit, active units below a dissolved
   *     one)
   */
  SyncOutcome apply(ExternalUnit unit);
}

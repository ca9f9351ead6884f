package cn.finegov.kernel.domain.model.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * An audit entry as the log shows it ({@code krn_audit_log}): sealed entries with their link, and
 * entries still waiting for the sealer without one. Read only: entries are written as {@link
 * PendingAuditEntry}, and the sealer moves them into the chain.
 */
@Entity
@Table(name = "krn_audit_log")
public class AuditEntry extends AuditRecord {

  private static final long serialVersionUID = 1L;

  @Column(name = "chain_seq", insertable = false, updatable = false)
  private Long chainSeq;

  @Column(name = "hash_algorithm", insertable = false, updatable = false, length = 16)
  private String hashAlgorithm;

  @Column(name = "entry_hash", insertable = false, updatable = false, length = 64)
  private String entryHash;

  protected AuditEntry() {}

  /** Position in the audit chain, or {@code null} while not sealed. */
  public Long chainSeq() {
    return chainSeq;
  }

  /** The hash function of the entry's link, or {@code null} while not sealed. */
  public String hashAlgorithm() {
    return hashAlgorithm;
  }

  /** The entry's link hash, or {@code null} while not sealed. */
  public String entryHash() {
    return entryHash;
  }
}

package cn.finegov.kernel.infrastructure.persistence;

import cn.finegov.kernel.domain.model.audit.AuditChain;
import cn.finegov.kernel.domain.model.audit.ChainBreak;
import cn.finegov.kernel.domain.model.audit.ChainLink;
import cn.finegov.kernel.domain.model.audit.ChainState;
import cn.finegov.kernel.domain.model.audit.ChainVerifier;
import cn.finegov.kernel.domain.model.audit.ChainedEntry;
import cn.finegov.kernel.domain.model.audit.EntryContent;
import cn.finegov.kernel.domain.model.audit.HashAlgorithm;
import cn.finegov.kernel.domain.model.audit.PurgeResult;
import cn.finegov.kernel.domain.model.audit.VerificationOutcome;
import cn.finegov.kernel.infrastructure.migration.DatabaseDialect;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The audit chain's SQL on a plain JDBC connection (PostgreSQL and H2), in the caller's
 * transaction: the server's repository runs it on the container's connection, the benchmark and the
 * tests on their own. Sealing reads pending entries ({@code krn_audit_pending}) with a plain
 * statement and moves them, with their links, into {@code krn_audit_entry} with one insert and one
 * delete; the head row's lock lets one sealer at a time extend the chain, while business
 * transactions only insert into the pending table and never wait for it.
 */
public final class AuditChainJdbc {

  private static final String CONTENT =
      "id, occurred_at, actor, actor_name, actor_unit, actor_unit_path, client_address,"
          + " entity_type, entity_id, action, before_values, after_values";
  private static final String PENDING_CONTENT =
      "p.id, p.occurred_at, p.actor, p.actor_name, p.actor_unit, p.actor_unit_path,"
          + " p.client_address, p.entity_type, p.entity_id, p.action, p.before_values,"
          + " p.after_values";
  private static final String STATE =
      "select last_seq, last_hash, last_entry_id, sealed_at, anchor_seq, anchor_hash, anchored_at"
          + " from krn_audit_chain where id = 1";
  private static final int FETCH = 1000;

  /** The head and anchor, without locking. */
  public ChainState state(Connection connection) throws SQLException {
    return readState(connection, STATE);
  }

  /** The head and anchor, locked until the transaction ends. */
  public ChainState lockState(Connection connection) throws SQLException {
    return readState(connection, STATE + " for update");
  }

  /**
   * Seals up to {@code max} committed pending entries, in id order: moves them into the chain with
   * their links.
   *
   * @return how many were sealed
   */
  public int sealNext(Connection connection, HashAlgorithm algorithm, int max, Instant now)
      throws SQLException {
    ChainState head = lockState(connection);
    List<EntryContent> unsealed = new ArrayList<>(Math.min(max, 4096));
    try (PreparedStatement query =
        connection.prepareStatement(
            "select "
                + CONTENT
                + " from krn_audit_pending order by id fetch first "
                + Math.max(1, max)
                + " rows only")) {
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          unsealed.add(content(rows));
        }
      }
    }
    if (unsealed.isEmpty()) {
      return 0;
    }
    List<ChainLink> links = AuditChain.extend(head.lastSeq(), head.lastHash(), algorithm, unsealed);
    if (DatabaseDialect.ofProductName(connection.getMetaData().getDatabaseProductName())
        == DatabaseDialect.POSTGRESQL) {
      moveAtOnce(connection, algorithm, links);
    } else {
      moveInBatches(connection, links);
    }
    ChainLink last = links.get(links.size() - 1);
    try (PreparedStatement update =
        connection.prepareStatement(
            "update krn_audit_chain set last_seq = ?, last_hash = ?, last_entry_id = ?,"
                + " sealed_at = ? where id = 1")) {
      update.setLong(1, last.seq());
      update.setString(2, last.hash());
      update.setLong(3, last.entryId());
      update.setObject(4, now.atOffset(ZoneOffset.UTC));
      update.executeUpdate();
    }
    return links.size();
  }

  /**
   * PostgreSQL: one insert and one delete for the whole batch (arrays unnested); the content is
   * copied inside the database from the rows that were hashed.
   */
  private static void moveAtOnce(
      Connection connection, HashAlgorithm algorithm, List<ChainLink> links) throws SQLException {
    Long[] ids = new Long[links.size()];
    Long[] seqs = new Long[links.size()];
    String[] hashes = new String[links.size()];
    for (int i = 0; i < links.size(); i++) {
      ids[i] = links.get(i).entryId();
      seqs[i] = links.get(i).seq();
      hashes[i] = links.get(i).hash();
    }
    Array idArray = connection.createArrayOf("bigint", ids);
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into krn_audit_entry ("
                + CONTENT
                + ", chain_seq, hash_algorithm, entry_hash) select "
                + PENDING_CONTENT
                + ", l.seq, ?, l.hash from unnest(?::bigint[], ?::bigint[], ?::varchar[])"
                + " as l(id, seq, hash) join krn_audit_pending p on p.id = l.id")) {
      insert.setString(1, algorithm.label());
      insert.setArray(2, idArray);
      insert.setArray(3, connection.createArrayOf("bigint", seqs));
      insert.setArray(4, connection.createArrayOf("varchar", hashes));
      expectCount(insert.executeUpdate(), links.size());
    }
    try (PreparedStatement delete =
        connection.prepareStatement("delete from krn_audit_pending where id = any(?::bigint[])")) {
      delete.setArray(1, idArray);
      expectCount(delete.executeUpdate(), links.size());
    }
  }

  /** Any other database: one insert and one delete per entry, sent as batches. */
  private static void moveInBatches(Connection connection, List<ChainLink> links)
      throws SQLException {
    try (PreparedStatement insert =
            connection.prepareStatement(
                "insert into krn_audit_entry ("
                    + CONTENT
                    + ", chain_seq, hash_algorithm, entry_hash) select "
                    + CONTENT
                    + ", ?, ?, ? from krn_audit_pending where id = ?");
        PreparedStatement delete =
            connection.prepareStatement("delete from krn_audit_pending where id = ?")) {
      for (ChainLink link : links) {
        insert.setLong(1, link.seq());
        insert.setString(2, link.algorithm());
        insert.setString(3, link.hash());
        insert.setLong(4, link.entryId());
        insert.addBatch();
        delete.setLong(1, link.entryId());
        delete.addBatch();
      }
      for (int count : insert.executeBatch()) {
        expectCount(count, 1);
      }
      for (int count : delete.executeBatch()) {
        expectCount(count, 1);
      }
    }
  }

  private static void expectCount(int count, int expected) throws SQLException {
    if (count != expected && count != Statement.SUCCESS_NO_INFO) {
      throw new SQLException(
          "Pending audit entries changed while the sealer held the chain: "
              + count
              + " rows instead of "
              + expected);
    }
  }

  /** Committed entries waiting for their link. */
  public long unsealedCount(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("select count(*) from krn_audit_pending")) {
      row.next();
      return row.getLong(1);
    }
  }

  /**
   * Walks the chain from the anchor to the head read at the start. Sealers may go on meanwhile (the
   * walk stops at that head); a purge that moves the anchor meanwhile makes it start again.
   */
  public VerificationOutcome verify(Connection connection) throws SQLException {
    for (int attempt = 1; ; attempt++) {
      ChainState state = state(connection);
      VerificationOutcome outcome =
          walk(
              connection, state.anchorSeq(), state.anchorHash(), state.lastSeq(), state.lastHash());
      if (outcome.intact() || attempt == 3 || state(connection).anchorSeq() == state.anchorSeq()) {
        return outcome;
      }
    }
  }

  /**
   * Deletes the longest run of sealed entries after the anchor that all occurred before {@code
   * before}, once it verifies, and makes its last link the anchor.
   */
  public PurgeResult purgeBefore(Connection connection, Instant before, Instant now)
      throws SQLException {
    ChainState head = lockState(connection);
    long upTo = head.lastSeq();
    try (PreparedStatement query =
        connection.prepareStatement(
            "select min(chain_seq) from krn_audit_entry where chain_seq > ? and occurred_at >= ?")) {
      query.setLong(1, head.anchorSeq());
      query.setObject(2, before.atOffset(ZoneOffset.UTC));
      try (ResultSet row = query.executeQuery()) {
        if (row.next()) {
          long firstKept = row.getLong(1);
          if (!row.wasNull()) {
            upTo = firstKept - 1;
          }
        }
      }
    }
    if (upTo <= head.anchorSeq()) {
      return new PurgeResult(0, head.anchorSeq(), head.anchorHash(), null);
    }
    String lastHash = hashAt(connection, upTo);
    if (lastHash == null) {
      ChainBreak missing =
          new ChainBreak(upTo, null, ChainBreak.Problem.MISSING_ENTRY, Long.toString(upTo), "-");
      return new PurgeResult(0, head.anchorSeq(), head.anchorHash(), missing);
    }
    VerificationOutcome run = walk(connection, head.anchorSeq(), head.anchorHash(), upTo, lastHash);
    if (!run.intact()) {
      return new PurgeResult(0, head.anchorSeq(), head.anchorHash(), run.broken());
    }
    long deleted;
    try (PreparedStatement delete =
        connection.prepareStatement(
            "delete from krn_audit_entry where chain_seq > ? and chain_seq <= ?")) {
      delete.setLong(1, head.anchorSeq());
      delete.setLong(2, upTo);
      deleted = delete.executeLargeUpdate();
    }
    try (PreparedStatement update =
        connection.prepareStatement(
            "update krn_audit_chain set anchor_seq = ?, anchor_hash = ?, anchored_at = ?"
                + " where id = 1")) {
      update.setLong(1, upTo);
      update.setString(2, lastHash);
      update.setObject(3, now.atOffset(ZoneOffset.UTC));
      update.executeUpdate();
    }
    return new PurgeResult(deleted, upTo, lastHash, null);
  }

  /** The database's current time (of the transaction, on PostgreSQL). */
  public Instant databaseTime(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("select current_timestamp")) {
      row.next();
      return row.getObject(1, OffsetDateTime.class).toInstant();
    }
  }

  private VerificationOutcome walk(
      Connection connection, long fromSeq, String fromHash, long toSeq, String toHash)
      throws SQLException {
    ChainVerifier verifier = new ChainVerifier(fromSeq, fromHash);
    if (verifier.broken().isPresent()) {
      return verifier.outcome();
    }
    try (PreparedStatement query =
        connection.prepareStatement(
            "select "
                + CONTENT
                + ", chain_seq, hash_algorithm, entry_hash from krn_audit_entry"
                + " where chain_seq > ? and chain_seq <= ? order by chain_seq")) {
      query.setFetchSize(FETCH);
      query.setLong(1, fromSeq);
      query.setLong(2, toSeq);
      try (ResultSet rows = query.executeQuery()) {
        boolean more = true;
        while (more && rows.next()) {
          more =
              verifier.accept(
                  new ChainedEntry(
                      content(rows), rows.getLong(13), rows.getString(14), rows.getString(15)));
        }
      }
    }
    return verifier.finish(toSeq, toHash);
  }

  private static String hashAt(Connection connection, long seq) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement("select entry_hash from krn_audit_entry where chain_seq = ?")) {
      query.setLong(1, seq);
      try (ResultSet row = query.executeQuery()) {
        return row.next() ? row.getString(1) : null;
      }
    }
  }

  private static ChainState readState(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(sql)) {
      if (!row.next()) {
        throw new SQLException("The audit chain head (krn_audit_chain, id 1) is missing");
      }
      long lastEntry = row.getLong(3);
      Long lastEntryId = row.wasNull() ? null : lastEntry;
      return new ChainState(
          row.getLong(1),
          row.getString(2),
          lastEntryId,
          instant(row.getObject(4, OffsetDateTime.class)),
          row.getLong(5),
          row.getString(6),
          instant(row.getObject(7, OffsetDateTime.class)));
    }
  }

  private static EntryContent content(ResultSet rows) throws SQLException {
    return new EntryContent(
        rows.getLong(1),
        rows.getObject(2, OffsetDateTime.class).toInstant(),
        rows.getString(3),
        rows.getString(4),
        rows.getString(5),
        rows.getString(6),
        rows.getString(7),
        rows.getString(8),
        rows.getString(9),
        rows.getString(10),
        rows.getString(11),
        rows.getString(12));
  }

  private static Instant instant(OffsetDateTime time) {
    return time == null ? null : time.toInstant();
  }
}

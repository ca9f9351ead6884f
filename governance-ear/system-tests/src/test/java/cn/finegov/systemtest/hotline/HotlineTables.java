package cn.finegov.systemtest.hotline;

import cn.finegov.systemtest.TestDatabase;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;

/**
 * What the suite stored for a set of ticket numbers, read from the test database: the black-box API
 * lists tickets page by page, while the counts of the guarantees (each acknowledged ticket exactly
 * once, one case per ticket) are plain questions to the tables.
 */
public final class HotlineTables {

  /**
   * The stored tickets of a set of ticket numbers.
   *
   * @param rows ticket rows with one of the numbers
   * @param distinctNumbers different numbers among them (equal to rows: the number is unique)
   * @param withCase rows linked to a grid case
   * @param cases grid cases reported for the numbers (client id = ticket number, source HOTLINE)
   * @param distinctCaseTickets different ticket numbers among those cases
   */
  public record Counts(
      long rows, long distinctNumbers, long withCase, long cases, long distinctCaseTickets) {}

  private HotlineTables() {}

  public static Counts counts(Collection<String> ticketNumbers) {
    try (Connection db = TestDatabase.connect()) {
      Array numbers = db.createArrayOf("varchar", ticketNumbers.toArray());
      long[] tickets =
          longs(
              db,
              "select count(*), count(distinct ticket_no), count(case_number) from hln_ticket"
                  + " where ticket_no = any(?)",
              numbers,
              3);
      long[] cases =
          longs(
              db,
              "select count(*), count(distinct client_id) from grd_case"
                  + " where source = 'HOTLINE' and client_id = any(?)",
              numbers,
              2);
      return new Counts(tickets[0], tickets[1], tickets[2], cases[0], cases[1]);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static long[] longs(Connection db, String sql, Array numbers, int columns)
      throws SQLException {
    try (PreparedStatement query = db.prepareStatement(sql)) {
      query.setArray(1, numbers);
      try (ResultSet result = query.executeQuery()) {
        result.next();
        long[] values = new long[columns];
        for (int i = 0; i < columns; i++) {
          values[i] = result.getLong(i + 1);
        }
        return values;
      }
    }
  }
}

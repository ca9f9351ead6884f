package cn.finegov.benchmark.hotline;

import cn.finegov.simulators.hotline.Ticket;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import org.postgresql.PGConnection;

/**
 * PostgreSQL's raw ingest of the benchmark's tickets: the ticket's fields flattened into the
 * columns of a scratch table (primary key on the ticket number, nothing else), written with {@code
 * COPY ... FROM STDIN} (text format) through the driver's {@code CopyManager}.
 */
final class CopyRows {

  static final String TABLE = "bench_hotline_copy";

  static final String CREATE =
      "create table "
          + TABLE
          + " (gdbh varchar(40) primary key, slsj timestamp with time zone not null,"
          + " qd varchar(4) not null, sqlx varchar(4) not null, flbm varchar(20) not null,"
          + " jjcd varchar(4), xm varchar(100), dh varchar(20), nm boolean not null,"
          + " bm boolean not null, dz varchar(300) not null, jd double precision,"
          + " wd double precision, nr text not null, cfgd varchar(40), blsx integer)";

  private CopyRows() {}

  /** One line of COPY's text format: tab-separated, {@code \N} for null, escaped. */
  static String line(Ticket t) {
    StringBuilder line = new StringBuilder(256);
    field(line, t.gdbh());
    field(line, t.slsj());
    field(line, t.qd());
    field(line, t.sqlx());
    field(line, t.flbm());
    field(line, t.jjcd());
    field(line, t.ldr().xm());
    field(line, t.ldr().dh());
    field(line, String.valueOf(t.ldr().nm()));
    field(line, String.valueOf(t.ldr().bm()));
    field(line, t.dz());
    field(line, t.jd() == null ? null : t.jd().toString());
    field(line, t.wd() == null ? null : t.wd().toString());
    field(line, t.nr());
    field(line, t.cfgd());
    field(line, t.blsx() == null ? null : t.blsx().toString());
    line.setCharAt(line.length() - 1, '\n');
    return line.toString();
  }

  private static void field(StringBuilder line, String value) {
    if (value == null) {
      line.append("\\N");
    } else {
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        switch (c) {
          case '\\' -> line.append("\\\\");
          case '\t' -> line.append("\\t");
          case '\n' -> line.append("\\n");
          case '\r' -> line.append("\\r");
          default -> line.append(c);
        }
      }
    }
    line.append('\t');
  }

  /** The COPY input of the tickets, in UTF-8. */
  static byte[] data(Collection<Ticket> tickets) {
    StringBuilder data = new StringBuilder(tickets.size() * 300);
    tickets.forEach(t -> data.append(line(t)));
    return data.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Makes the scratch table anew (dropping an earlier one). */
  static void create(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("drop table if exists " + TABLE);
      statement.execute(CREATE);
    }
  }

  static void truncate(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("truncate " + TABLE);
    }
  }

  static void drop(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("drop table if exists " + TABLE);
    }
  }

  /** Copies {@code data} into the table of {@code copySql}; returns the rows written. */
  static long copy(Connection connection, String copySql, byte[] data)
      throws SQLException, IOException {
    return connection
        .unwrap(PGConnection.class)
        .getCopyAPI()
        .copyIn(copySql, new ByteArrayInputStream(data));
  }
}

package org.clusteratlas.storage;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Streams rows into a table with PostgreSQL's {@code COPY … FROM STDIN} (text format), on the
 * connection of the current transaction, so that a bulk load commits or rolls back with it.
 */
@Component
public class BulkCopy {

  private final DataSource dataSource;

  BulkCopy(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * For the rest of the current transaction, lets bulk rows skip the per-row foreign-key triggers,
   * as {@code pg_restore --disable-triggers} does: checking 8 million rows one by one costs
   * minutes, one set-based check afterwards costs seconds. Only a superuser may do this (as on the
   * embedded server); elsewhere nothing changes and the triggers check every row. The caller must
   * verify its foreign keys with a set-based query before the transaction commits.
   *
   * @return whether the triggers are now skipped
   */
  public boolean skipRowTriggersInTransaction() {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    if (!"on".equals(jdbc.queryForObject("select current_setting('is_superuser')", String.class))) {
      return false;
    }
    jdbc.execute("set local session_replication_role = replica");
    return true;
  }

  /** Ends {@link #skipRowTriggersInTransaction()}. */
  public void restoreRowTriggers() {
    new JdbcTemplate(dataSource).execute("set local session_replication_role = origin");
  }

  /** Opens a copy into {@code table (columns)}; close the writer to finish it. */
  public Writer open(String tableAndColumns) {
    Connection connection = DataSourceUtils.getConnection(dataSource);
    try {
      CopyIn copy =
          connection
              .unwrap(PGConnection.class)
              .getCopyAPI()
              .copyIn("COPY " + tableAndColumns + " FROM STDIN");
      return new Writer(copy, connection, dataSource);
    } catch (SQLException e) {
      DataSourceUtils.releaseConnection(connection, dataSource);
      throw new IllegalStateException("cannot start COPY into " + tableAndColumns, e);
    }
  }

  /** Writes rows of tab-separated fields; null fields are written as {@code \N}. */
  public static final class Writer implements AutoCloseable {
    private static final int FLUSH_AT = 1 << 20;
    private final CopyIn copy;
    private final Connection connection;
    private final DataSource dataSource;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(FLUSH_AT + 4096);
    private final StringBuilder line = new StringBuilder(128);
    private long rows;

    private Writer(CopyIn copy, Connection connection, DataSource dataSource) {
      this.copy = copy;
      this.connection = connection;
      this.dataSource = dataSource;
    }

    /** Appends one row; text is escaped as COPY's text format requires. */
    public void row(Object... fields) {
      line.setLength(0);
      for (int i = 0; i < fields.length; i++) {
        if (i > 0) {
          line.append('\t');
        }
        Object field = fields[i];
        if (field == null) {
          line.append("\\N");
        } else if (field instanceof java.math.BigDecimal decimal) {
          line.append(decimal.toPlainString());
        } else {
          appendEscaped(field.toString());
        }
      }
      line.append('\n');
      byte[] bytes = line.toString().getBytes(StandardCharsets.UTF_8);
      buffer.write(bytes, 0, bytes.length);
      rows++;
      if (buffer.size() >= FLUSH_AT) {
        flush();
      }
    }

    private void appendEscaped(String text) {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        switch (c) {
          case '\\' -> line.append("\\\\");
          case '\t' -> line.append("\\t");
          case '\n' -> line.append("\\n");
          case '\r' -> line.append("\\r");
          default -> line.append(c);
        }
      }
    }

    public long rows() {
      return rows;
    }

    private void flush() {
      try {
        copy.writeToCopy(buffer.toByteArray(), 0, buffer.size());
        buffer.reset();
      } catch (SQLException e) {
        throw new IllegalStateException("COPY failed after " + rows + " rows", e);
      }
    }

    @Override
    public void close() {
      try {
        flush();
        copy.endCopy();
      } catch (SQLException e) {
        throw new IllegalStateException("COPY failed after " + rows + " rows", e);
      } finally {
        DataSourceUtils.releaseConnection(connection, dataSource);
      }
    }
  }
}

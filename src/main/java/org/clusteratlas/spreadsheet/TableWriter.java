package org.clusteratlas.spreadsheet;

import java.util.List;

/**
 * Writes tables that Excel opens cleanly: a header row of the columns' names, then rows. A text
 * cell that begins with {@code = + - @}, a tab or a carriage return is written with a leading
 * apostrophe so that opening the file cannot run it as a formula (CSV injection, OWASP's advice); a
 * number is written as a number and never altered ({@code -5} stays a negative number). Values of a
 * number column are {@link java.math.BigDecimal}, {@link java.math.BigInteger}, {@link Long},
 * {@link Integer} or {@link Short}, never floating point; null is an empty cell.
 *
 * <p>The writer never closes the stream it writes to, which belongs to the caller.
 */
public interface TableWriter extends AutoCloseable {

  /** Starts a sheet named {@code name} and writes its header row. */
  void sheet(String name, List<Column> columns);

  /** Writes one row of the current sheet; {@code values} follow its columns, one each. */
  void row(Object... values);

  /** Finishes the file and flushes it to the stream. */
  @Override
  void close();
}

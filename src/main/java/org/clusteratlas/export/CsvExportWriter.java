package org.clusteratlas.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes one export as CSV that spreadsheets and scripts read alike:
 *
 * <ul>
 *   <li>UTF-8 with a byte-order mark, without which Excel reads the Chinese names as GBK;
 *   <li>RFC 4180: comma, CRLF, double quotes around a cell that holds a comma, quote or line break
 *       (and around an empty first cell, so that a row is never a blank line);
 *   <li>one header row of column names;
 *   <li>values by the column's {@link Column.Type type}: numbers as plain decimals ({@link
 *       BigDecimal#toPlainString()}, never {@code 1E+7}), dates as ISO yyyy-MM-dd, booleans as
 *       {@code true}/{@code false}, null as an empty cell;
 *   <li>a text cell beginning with {@code = + - @} (or tab or carriage return, which some
 *       spreadsheets skip before such a character) gets a leading apostrophe, so that opening the
 *       file cannot run a formula (CSV injection). Number cells are never changed: a negative
 *       profit stays a number.
 * </ul>
 *
 * Rows go to the output as they are written; the writer keeps none. It never closes the output,
 * which belongs to the caller.
 */
final class CsvExportWriter {

  private static final char BYTE_ORDER_MARK = '\uFEFF';
  private static final String FORMULA_STARTS = "=+-@\t\r";

  private final CSVPrinter printer;
  private final List<Column> columns;
  private final String[] cells;
  private long rows;

  private CsvExportWriter(CSVPrinter printer, List<Column> columns) {
    this.printer = printer;
    this.columns = List.copyOf(columns);
    this.cells = new String[columns.size()];
  }

  /** Writes the byte-order mark and the header row to {@code out}. */
  static CsvExportWriter start(OutputStream out, List<Column> columns) {
    try {
      BufferedWriter text =
          new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
      text.write(BYTE_ORDER_MARK);
      CSVPrinter printer = new CSVPrinter(text, CSVFormat.RFC4180);
      printer.printRecord(columns.stream().map(Column::name));
      return new CsvExportWriter(printer, columns);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes one row; {@code values} follow the columns, one each. */
  void row(Object... values) {
    if (values.length != columns.size()) {
      throw new IllegalArgumentException(
          values.length + " values for " + columns.size() + " columns " + columns);
    }
    for (int i = 0; i < values.length; i++) {
      cells[i] = cell(columns.get(i), values[i]);
    }
    try {
      printer.printRecord((Object[]) cells);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    rows++;
  }

  /** Flushes what is buffered to the output and returns the number of rows below the header. */
  long finish() {
    try {
      printer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  /** The text of one cell. */
  static String cell(Column column, Object value) {
    if (value == null) {
      return "";
    }
    return switch (column.type()) {
      case TEXT -> neutralised(value.toString());
      case NUMBER -> number(column, value);
      case DATE -> expect(column, value, LocalDate.class).toString();
      case BOOLEAN -> expect(column, value, Boolean.class).toString();
    };
  }

  private static String neutralised(String text) {
    return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
  }

  private static String number(Column column, Object value) {
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    if (value instanceof Integer
        || value instanceof Long
        || value instanceof Short
        || value instanceof BigInteger) {
      return value.toString();
    }
    // floating point would print 1.0E7 and lose cents, so it is refused here
    throw new IllegalArgumentException(
        "column " + column.name() + " takes whole numbers or BigDecimal, not " + value.getClass());
  }

  private static <T> T expect(Column column, Object value, Class<T> type) {
    if (!type.isInstance(value)) {
      throw new IllegalArgumentException(
          "column "
              + column.name()
              + " takes "
              + type.getSimpleName()
              + ", not "
              + value.getClass());
    }
    return type.cast(value);
  }
}

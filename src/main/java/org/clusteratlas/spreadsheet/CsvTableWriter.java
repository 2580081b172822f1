package org.clusteratlas.spreadsheet;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes one table as CSV: UTF-8 with a byte-order mark (without it Excel reads Chinese as the
 * local code page), RFC 4180 (comma, CRLF, double quotes where needed, and around an empty first
 * cell so that no row is a blank line), numbers as plain decimals. A CSV file holds one sheet; its
 * name is not written.
 */
public final class CsvTableWriter implements TableWriter {

  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private final BufferedWriter text;
  private CSVPrinter printer;
  private List<Column> columns;
  private String[] cells;

  private CsvTableWriter(OutputStream out) {
    this.text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
  }

  /** A writer to {@code out}, which it never closes. */
  public static CsvTableWriter to(OutputStream out) {
    return new CsvTableWriter(out);
  }

  @Override
  public void sheet(String name, List<Column> columns) {
    if (this.columns != null) {
      throw new IllegalStateException("a CSV file holds one sheet");
    }
    this.columns = List.copyOf(columns);
    this.cells = new String[columns.size()];
    try {
      text.write(BYTE_ORDER_MARK);
      printer = new CSVPrinter(text, CSVFormat.RFC4180);
      printer.printRecord(this.columns.stream().map(c -> Cells.neutralised(c.name())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void row(Object... values) {
    Cells.checkRow(columns, values);
    for (int i = 0; i < values.length; i++) {
      Column column = columns.get(i);
      if (column.kind() == Column.Kind.NUMBER) {
        BigDecimal number = Cells.number(column, values[i]);
        cells[i] = number == null ? "" : number.toPlainString();
      } else {
        cells[i] = Cells.text(values[i]);
      }
    }
    try {
      printer.printRecord((Object[]) cells);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      text.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

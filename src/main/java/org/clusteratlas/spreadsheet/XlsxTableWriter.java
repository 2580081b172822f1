package org.clusteratlas.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * Writes an XLSX workbook in a stream (POI's SXSSF: a hundred rows in memory, the rest in a
 * temporary file until {@link #close()}), one or more sheets, each with a bold header row that
 * stays in view when scrolling and columns about as wide as their contents.
 *
 * <p>Text columns have the text format {@code @}, so that a code such as {@code 913601007055xxxxxx}
 * stays text when it is opened, edited and saved again, and their cells are inline strings. Numbers
 * are number cells holding the plain decimal ({@code 10000000}, not {@code 1.0E7}), never passed
 * through floating point here. Excel keeps 15 significant digits of a number, so a value with more
 * is refused rather than rounded silently when the file is opened: write it in a text column.
 */
public final class XlsxTableWriter implements TableWriter {

  /** What Excel keeps of a number. */
  private static final int SIGNIFICANT_DIGITS = 15;

  private static final int ROWS_IN_MEMORY = 100;
  private static final int MIN_WIDTH = 8;
  private static final int MAX_WIDTH = 60;

  private final OutputStream out;
  private final PlainNumbersWorkbook workbook = new PlainNumbersWorkbook();
  private final CellStyle headerStyle;
  private final CellStyle textStyle;
  private final CellStyle numberStyle;
  private SXSSFSheet sheet;
  private List<Column> columns;
  private int[] widths;
  private int rowIndex;
  private boolean closed;

  private XlsxTableWriter(OutputStream out) {
    this.out = out;
    short text = workbook.createDataFormat().getFormat("@");
    textStyle = workbook.createCellStyle();
    textStyle.setDataFormat(text);
    Font bold = workbook.createFont();
    bold.setBold(true);
    headerStyle = workbook.createCellStyle();
    headerStyle.setDataFormat(text);
    headerStyle.setFont(bold);
    numberStyle = workbook.createCellStyle();
    workbook.numberStyle = numberStyle.getIndex();
  }

  /** A writer to {@code out}, which it never closes. */
  public static XlsxTableWriter to(OutputStream out) {
    return new XlsxTableWriter(out);
  }

  /**
   * Starts a sheet; {@code name} must be a valid sheet name (at most 31 characters, no []:*?/\).
   */
  @Override
  public void sheet(String name, List<Column> columns) {
    finishSheet();
    sheet = workbook.createSheet(name);
    this.columns = List.copyOf(columns);
    widths = new int[columns.size()];
    rowIndex = 0;
    Row header = sheet.createRow(0);
    for (int i = 0; i < columns.size(); i++) {
      Column column = columns.get(i);
      Cell cell = header.createCell(i);
      String text = Cells.neutralised(column.name());
      cell.setCellValue(text);
      cell.setCellStyle(headerStyle);
      widen(i, text);
      if (column.kind() == Column.Kind.TEXT) {
        // also the cells left empty here stay text when someone types a code into them
        sheet.setDefaultColumnStyle(i, textStyle);
      }
    }
    sheet.createFreezePane(0, 1);
  }

  @Override
  public void row(Object... values) {
    Cells.checkRow(columns, values);
    Row row = sheet.createRow(++rowIndex);
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null) {
        continue;
      }
      Column column = columns.get(i);
      Cell cell = row.createCell(i);
      if (column.kind() == Column.Kind.NUMBER) {
        BigDecimal number = Cells.number(column, values[i]);
        if (number.stripTrailingZeros().precision() > SIGNIFICANT_DIGITS) {
          throw new IllegalArgumentException(
              "column "
                  + column.name()
                  + ": "
                  + number.toPlainString()
                  + " has more significant digits than Excel keeps (15)");
        }
        // POI takes a number as a double; the digits go as text, marked by the style
        String digits = number.toPlainString();
        cell.setCellValue(digits);
        cell.setCellStyle(numberStyle);
        widen(i, digits);
      } else {
        String text = Cells.text(values[i]);
        cell.setCellValue(text);
        cell.setCellStyle(textStyle);
        widen(i, text);
      }
    }
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      finishSheet();
      workbook.write(out);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      workbook.dispose();
      try {
        workbook.close();
      } catch (IOException e) {
        // the workbook was written or its failure thrown; closing only frees memory
      }
    }
  }

  private void widen(int column, String text) {
    int width = 0;
    for (int i = 0; i < text.length() && width < MAX_WIDTH; i++) {
      // ideographs and full-width forms take two columns of Excel's width unit
      width += text.charAt(i) >= 0x2E80 ? 2 : 1;
    }
    widths[column] = Math.max(widths[column], width);
  }

  private void finishSheet() {
    if (sheet == null) {
      return;
    }
    for (int i = 0; i < widths.length; i++) {
      int chars = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[i] + 2));
      sheet.setColumnWidth(i, chars * 256);
    }
  }

  /**
   * Writes the cells of the number style, which hold a number's digits, as number cells with those
   * digits: POI's own numbers pass through a double and come out as Double.toString makes them
   * ({@code 1.0E7}, {@code 5.0}).
   */
  private static final class PlainNumbersWorkbook extends SXSSFWorkbook {

    private short numberStyle = -1;

    PlainNumbersWorkbook() {
      super(null, ROWS_IN_MEMORY, false, false);
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
      return new PlainNumbersSheetDataWriter(numberStyle);
    }
  }

  private static final class PlainNumbersSheetDataWriter extends SheetDataWriter {

    private final short numberStyle;

    PlainNumbersSheetDataWriter(short numberStyle) throws IOException {
      super();
      this.numberStyle = numberStyle;
    }

    @Override
    public void writeCell(int column, Cell cell) throws IOException {
      if (cell == null
          || cell.getCellType() != CellType.STRING
          || cell.getCellStyle().getIndex() != numberStyle) {
        super.writeCell(column, cell);
        return;
      }
      _out.write("<c r=\"");
      _out.write(new CellReference(cell.getRowIndex(), column).formatAsString());
      _out.write("\" s=\"");
      _out.write(Integer.toString(numberStyle & 0xFFFF));
      // no type: a number; the digits of BigDecimal.toPlainString need no escaping
      _out.write("\"><v>");
      _out.write(cell.getStringCellValue());
      _out.write("</v></c>");
    }
  }
}

package org.clusteratlas.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableWritersTest {

  private static final List<Column> COLUMNS =
      List.of(
          Column.text("统一社会信用代码"), Column.text("企业名称"), Column.number("利润"), Column.number("户数"));

  @TempDir Path dir;

  private static byte[] csv(Object[]... rows) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (CsvTableWriter writer = CsvTableWriter.to(out)) {
      writer.sheet("数据", COLUMNS);
      Arrays.stream(rows).forEach(writer::row);
    }
    return out.toByteArray();
  }

  @Test
  void csv_is_utf8_with_a_byte_order_mark_crlf_and_rfc4180_quoting() {
    byte[] bytes =
        csv(
            new Object[] {"913601007055123456", "铜业, \"江西\"", new BigDecimal("-12.50"), 3},
            new Object[] {null, null, null, null});
    assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))
        .isEqualTo(
            "统一社会信用代码,企业名称,利润,户数\r\n"
                + "913601007055123456,\"铜业, \"\"江西\"\"\",-12.50,3\r\n"
                + "\"\",,,\r\n");
  }

  @Test
  void csv_text_that_would_run_as_a_formula_is_neutralised_but_numbers_are_not() {
    String text =
        new String(
            csv(
                new Object[] {"=SUM(A1)", "+1", new BigDecimal("-5"), -7L},
                new Object[] {"@cmd", "-2", BigDecimal.ZERO, 0},
                new Object[] {"\tx", "\rY", new BigDecimal("1E+7"), BigInteger.TEN}),
            StandardCharsets.UTF_8);
    assertThat(text.substring(1).split("\r\n", -1))
        .containsExactly(
            "统一社会信用代码,企业名称,利润,户数",
            "'=SUM(A1),'+1,-5,-7",
            "'@cmd,'-2,0,0",
            "'\tx,\"'\rY\",10000000,10",
            "");
  }

  @Test
  void a_csv_written_here_reads_back_through_the_reader_unchanged() throws IOException {
    Path file =
        Files.write(
            dir.resolve("out.csv"),
            csv(new Object[] {"913601007055123456", "第一行\r\n第二行", new BigDecimal("1.5"), 2}));
    try (TableReader reader = SpreadsheetFiles.open(file, "out.csv", SheetLimits.defaults())) {
      assertThat(reader.encoding()).isEqualTo("UTF-8");
      assertThat(reader.header()).containsExactly("统一社会信用代码", "企业名称", "利润", "户数");
      assertThat(reader.next().cells())
          .containsExactly("913601007055123456", "第一行\r\n第二行", "1.5", "2");
    }
  }

  @Test
  void floating_point_and_text_in_a_number_column_are_refused_as_misuse() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (TableWriter writer : List.of(CsvTableWriter.to(out), XlsxTableWriter.to(out))) {
      writer.sheet("数据", COLUMNS);
      assertThatThrownBy(() -> writer.row("a", "b", 1.5d, 1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("利润");
      assertThatThrownBy(() -> writer.row("a", "b", "12", 1))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> writer.row("a", "b"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("2 values for 4 columns");
      writer.close();
    }
  }

  @Test
  void a_csv_file_holds_one_sheet_and_rows_need_a_sheet_first() {
    CsvTableWriter writer = CsvTableWriter.to(new ByteArrayOutputStream());
    assertThatThrownBy(() -> writer.row("a")).isInstanceOf(IllegalStateException.class);
    writer.sheet("a", COLUMNS);
    assertThatThrownBy(() -> writer.sheet("b", COLUMNS)).isInstanceOf(IllegalStateException.class);
  }

  private byte[] xlsx() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XlsxTableWriter writer = XlsxTableWriter.to(out)) {
      writer.sheet("说明", List.of(Column.text("说明")));
      writer.row("各列见“数据”表");
      writer.sheet("数据", COLUMNS);
      writer.row("913601007055123456", "=SUM(A1)", new BigDecimal("-5"), 1);
      writer.row("00123", "江西铜业股份有限公司", new BigDecimal("10000000.25"), 12_000_000L);
      writer.row(null, "-2", null, 0);
    }
    return out.toByteArray();
  }

  @Test
  void xlsx_codes_stay_text_formulas_are_neutralised_and_numbers_stay_numbers() throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx()))) {
      assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
      XSSFSheet data = workbook.getSheet("数据");

      XSSFCell code = data.getRow(1).getCell(0);
      assertThat(code.getCellType()).isEqualTo(CellType.STRING);
      assertThat(code.getStringCellValue()).isEqualTo("913601007055123456");
      assertThat(code.getCellStyle().getDataFormatString()).isEqualTo("@");
      assertThat(data.getRow(2).getCell(0).getStringCellValue()).isEqualTo("00123");

      XSSFCell formula = data.getRow(1).getCell(1);
      assertThat(formula.getCellType()).isEqualTo(CellType.STRING);
      assertThat(formula.getStringCellValue()).isEqualTo("'=SUM(A1)");
      assertThat(data.getRow(3).getCell(1).getStringCellValue()).isEqualTo("'-2");

      XSSFCell negative = data.getRow(1).getCell(2);
      assertThat(negative.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(negative.getNumericCellValue()).isEqualTo(-5);
      assertThat(data.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(10000000.25);
      assertThat(data.getRow(3).getCell(2)).as("null is an empty cell").isNull();
      assertThat(data.getColumnStyle(0).getDataFormatString())
          .as("empty cells of a text column are text too")
          .isEqualTo("@");
    }
  }

  @Test
  void xlsx_header_rows_are_bold_frozen_and_columns_sized_to_their_contents() throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx()))) {
      XSSFSheet data = workbook.getSheet("数据");
      XSSFCell header = data.getRow(0).getCell(1);
      assertThat(header.getStringCellValue()).isEqualTo("企业名称");
      assertThat(header.getCellStyle().getFont().getBold()).isTrue();
      assertThat(data.getPaneInformation().isFreezePane()).isTrue();
      assertThat(data.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);
      // "江西铜业股份有限公司": ten ideographs, two width units each, plus a margin
      assertThat(data.getColumnWidth(1)).isEqualTo(22 * 256);
      assertThat(data.getColumnWidth(3)).as("12000000 plus a margin").isEqualTo(10 * 256);
      assertThat(workbook.getSheet("说明").getColumnWidth(0)).isEqualTo(16 * 256);
    }
  }

  @Test
  void xlsx_numbers_are_stored_as_plain_decimals_that_read_back_exactly() throws IOException {
    byte[] bytes = xlsx();
    Path file = Files.write(dir.resolve("out.xlsx"), bytes);
    String sheetXml = entry(file, "xl/worksheets/sheet2.xml");
    assertThat(sheetXml).contains("<v>10000000.25</v>", "<v>-5</v>", "<v>12000000</v>");
    assertThat(sheetXml).doesNotContain("E7", ".0<");

    try (TableReader reader = SpreadsheetFiles.open(file, "out.xlsx", SheetLimits.defaults())) {
      assertThat(reader.sheetName()).isEqualTo("数据");
      SheetRow first = reader.next();
      assertThat(first.cells()).containsExactly("913601007055123456", "'=SUM(A1)", "-5", "1");
      assertThat(DecimalText.parse(first.cell(2), 2, 14).value())
          .isEqualTo(new BigDecimal("-5.00"));
      assertThat(reader.next().cell(2)).isEqualTo("10000000.25");
    }
  }

  @Test
  void xlsx_refuses_a_number_with_more_digits_than_excel_keeps() {
    XlsxTableWriter writer = XlsxTableWriter.to(new ByteArrayOutputStream());
    writer.sheet("数据", COLUMNS);
    assertThatThrownBy(() -> writer.row("a", "b", new BigDecimal("12345678901234.56"), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("15");
    writer.row(
        "a", "b", new BigDecimal("1234567890123.45"), new BigDecimal("1.000000000000000000"));
    writer.close();
  }

  private static String entry(Path zip, String name) throws IOException {
    try (ZipFile file = new ZipFile(zip.toFile())) {
      ZipEntry entry = file.getEntry(name);
      assertThat(entry).as(name).isNotNull();
      return new String(file.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}

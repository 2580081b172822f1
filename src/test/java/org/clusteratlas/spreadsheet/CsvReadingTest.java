package org.clusteratlas.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.clusteratlas.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReadingTest {

  private static final Charset GBK = Charset.forName("GBK");
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  @TempDir Path dir;

  private Path file(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = new byte[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  private static List<SheetRow> rows(TableReader reader) {
    List<SheetRow> rows = new ArrayList<>();
    for (SheetRow row = reader.next(); row != null; row = reader.next()) {
      rows.add(row);
    }
    return rows;
  }

  private static TableReader open(Path file) {
    return SpreadsheetFiles.open(file, file.getFileName().toString(), SheetLimits.defaults());
  }

  private static void assertRefused(Path file, SheetLimits limits, String rule) {
    assertThatThrownBy(() -> SpreadsheetFiles.open(file, "upload.csv", limits).close())
        .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.rule()).isEqualTo(rule));
  }

  private static final String TABLE = "企业名称,营业收入\r\n江西铜业,\"1,234.5\"\r\n";

  @Test
  void utf8_without_a_byte_order_mark_is_read_as_utf8() throws IOException {
    try (TableReader reader = open(file("a.csv", TABLE.getBytes(StandardCharsets.UTF_8)))) {
      assertThat(reader.format()).isEqualTo("csv");
      assertThat(reader.encoding()).isEqualTo("UTF-8");
      assertThat(reader.sheetName()).isEmpty();
      assertThat(reader.header()).containsExactly("企业名称", "营业收入");
      assertThat(rows(reader)).containsExactly(new SheetRow(2, List.of("江西铜业", "1,234.5")));
    }
  }

  @Test
  void utf8_with_a_byte_order_mark_loses_the_mark_from_the_first_header_cell() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    try (TableReader reader =
        open(file("a.csv", concat(bom, TABLE.getBytes(StandardCharsets.UTF_8))))) {
      assertThat(reader.encoding()).isEqualTo("UTF-8");
      assertThat(reader.header().get(0)).isEqualTo("企业名称");
      assertThat(reader.next().cells()).containsExactly("江西铜业", "1,234.5");
    }
  }

  @Test
  void gbk_bytes_are_read_as_gb18030() throws IOException {
    byte[] gbk = "企业名称,营业收入\r\n江西铜业,100\r\n阿里木·买买提,×2\r\n".getBytes(GBK);
    try (TableReader reader = open(file("a.csv", gbk))) {
      assertThat(reader.encoding()).isEqualTo("GB18030");
      assertThat(reader.header()).containsExactly("企业名称", "营业收入");
      assertThat(rows(reader))
          .extracting(SheetRow::cells)
          .containsExactly(List.of("江西铜业", "100"), List.of("阿里木·买买提", "×2"));
    }
  }

  @Test
  void utf16_little_endian_is_read_with_and_without_a_byte_order_mark() throws IOException {
    byte[] text = TABLE.getBytes(StandardCharsets.UTF_16LE);
    for (byte[] bytes : List.of(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text), text)) {
      try (TableReader reader = open(file("a.csv", bytes))) {
        assertThat(reader.encoding()).isEqualTo("UTF-16LE");
        assertThat(reader.header()).containsExactly("企业名称", "营业收入");
        assertThat(reader.next().cells()).containsExactly("江西铜业", "1,234.5");
      }
    }
  }

  @Test
  void utf16_big_endian_is_read_with_and_without_a_byte_order_mark() throws IOException {
    byte[] text = TABLE.getBytes(StandardCharsets.UTF_16BE);
    for (byte[] bytes : List.of(concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text), text)) {
      try (TableReader reader = open(file("a.csv", bytes))) {
        assertThat(reader.encoding()).isEqualTo("UTF-16BE");
        assertThat(reader.next().cells()).containsExactly("江西铜业", "1,234.5");
      }
    }
  }

  @Test
  void a_windows_1252_file_is_refused_rather_than_read_as_chinese() throws IOException {
    Path file = file("a.csv", "name,city\r\nCafé Müller,Köln\r\n".getBytes(WINDOWS_1252));
    assertRefused(file, SheetLimits.defaults(), "file.encoding-unknown");
  }

  @Test
  void latin1_text_that_happens_to_decode_as_gbk_is_refused_all_the_same() throws IOException {
    byte[] latin1 = "name\r\nCrème,Müller\r\n".getBytes(WINDOWS_1252);
    // "è" and "ü" followed by a letter are valid GBK codes of rare ideographs
    assertThat(decodesStrictly(latin1, Charset.forName("GB18030"))).isTrue();
    assertRefused(file("a.csv", latin1), SheetLimits.defaults(), "file.encoding-unknown");
  }

  private static boolean decodesStrictly(byte[] bytes, Charset charset) {
    try {
      charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (java.nio.charset.CharacterCodingException e) {
      return false;
    }
  }

  @Test
  void a_byte_order_mark_followed_by_invalid_utf8_is_refused() throws IOException {
    byte[] bytes =
        concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "名称\r\n".getBytes(GBK));
    assertRefused(file("a.csv", bytes), SheetLimits.defaults(), "file.encoding-unknown");
  }

  @Test
  void binary_data_is_refused_for_its_encoding() throws IOException {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H'};
    assertRefused(file("a.csv", png), SheetLimits.defaults(), "file.encoding-unknown");
  }

  @Test
  void a_tab_separated_file_is_split_at_tabs() throws IOException {
    byte[] bytes = "企业名称\t营业收入\n江西铜业\t1,234.5\n".getBytes(StandardCharsets.UTF_8);
    try (TableReader reader = open(file("a.txt", bytes))) {
      assertThat(reader.header()).containsExactly("企业名称", "营业收入");
      assertThat(reader.next().cells()).containsExactly("江西铜业", "1,234.5");
    }
  }

  @Test
  void a_file_with_commas_in_its_first_line_is_split_at_commas_only() throws IOException {
    byte[] bytes = "a,b\tc\n1,2\t3\n".getBytes(StandardCharsets.UTF_8);
    try (TableReader reader = open(file("a.csv", bytes))) {
      assertThat(reader.header()).containsExactly("a", "b\tc");
    }
  }

  @Test
  void row_numbers_are_those_excel_shows_counting_empty_lines_and_multi_line_cells_once()
      throws IOException {
    String csv = "名称,备注\r\n甲,\"第一行\r\n第二行, 含逗号\"\r\n\r\n,\r\n乙,\"说\"\"好\"\"\"\r\n";
    try (TableReader reader = open(file("a.csv", csv.getBytes(StandardCharsets.UTF_8)))) {
      assertThat(rows(reader))
          .containsExactly(
              new SheetRow(2, List.of("甲", "第一行\r\n第二行, 含逗号")),
              new SheetRow(5, List.of("乙", "说\"好\"")));
    }
  }

  @Test
  void blank_lines_above_the_header_are_skipped_and_header_cells_are_stripped() throws IOException {
    String csv = "\r\n , \r\n 名称\u3000, 收入\u00A0\r\n甲,1\r\n";
    try (TableReader reader = open(file("a.csv", csv.getBytes(StandardCharsets.UTF_8)))) {
      assertThat(reader.header()).containsExactly("名称", "收入");
      assertThat(reader.headerRow()).as("the row Excel shows the header in").isEqualTo(3);
      assertThat(reader.next()).isEqualTo(new SheetRow(4, List.of("甲", "1")));
      assertThat(reader.next()).isNull();
    }
  }

  @Test
  void an_empty_file_and_a_file_of_blank_lines_are_refused_as_empty() throws IOException {
    assertRefused(file("a.csv", new byte[0]), SheetLimits.defaults(), "file.empty");
    assertRefused(
        file("b.csv", " \r\n,,\r\n\r\n".getBytes(StandardCharsets.UTF_8)),
        SheetLimits.defaults(),
        "file.empty");
  }

  @Test
  void a_file_larger_than_the_limit_is_refused_naming_its_size_and_the_limit() throws IOException {
    Path file = file("a.csv", TABLE.getBytes(StandardCharsets.UTF_8));
    long size = Files.size(file);
    assertThatThrownBy(
            () ->
                SpreadsheetFiles.open(file, "上报.csv", SheetLimits.defaults().withMaxFileBytes(10)))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            e -> {
              assertThat(e.rule()).isEqualTo("file.too-large");
              assertThat(e.message(Locale.ENGLISH))
                  .contains("上报.csv")
                  .contains(size + " bytes")
                  .contains("limit of 10");
            });
  }

  @Test
  void too_many_rows_are_refused_when_reached_without_reading_the_rest() throws IOException {
    StringBuilder csv = new StringBuilder("a,b\n");
    for (int i = 0; i < 100_000; i++) {
      csv.append(i).append(",x\n");
    }
    Path file = file("a.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
    try (TableReader reader =
        SpreadsheetFiles.open(file, "a.csv", SheetLimits.defaults().withMaxRows(3))) {
      assertThat(reader.next().cell(0)).isEqualTo("0");
      assertThat(reader.next().cell(0)).isEqualTo("1");
      assertThat(reader.next().cell(0)).isEqualTo("2");
      assertThatThrownBy(reader::next)
          .isInstanceOfSatisfying(
              RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("file.too-many-rows"));
      assertThat(reader.bytesRead()).isLessThan(reader.totalBytes() / 10);
    }
  }

  @Test
  void exactly_as_many_rows_as_the_limit_are_accepted() throws IOException {
    Path file = file("a.csv", "a\n1\n\n2\n".getBytes(StandardCharsets.UTF_8));
    try (TableReader reader =
        SpreadsheetFiles.open(file, "a.csv", SheetLimits.defaults().withMaxRows(2))) {
      assertThat(rows(reader)).hasSize(2);
    }
  }

  @Test
  void an_excel_97_workbook_is_refused_by_its_content_whatever_its_name() throws IOException {
    byte[] ole2 = new byte[1024];
    byte[] magic = {
      (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    System.arraycopy(magic, 0, ole2, 0, magic.length);
    Path file = file("renamed.csv", ole2);
    assertThatThrownBy(() -> SpreadsheetFiles.open(file, "renamed.csv", SheetLimits.defaults()))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            e -> {
              assertThat(e.rule()).isEqualTo("file.xls-unsupported");
              assertThat(e.message(Locale.ENGLISH)).contains("renamed.csv").contains(".xlsx");
            });
  }

  @Test
  void an_unclosed_quote_is_refused_naming_the_row() throws IOException {
    Path file = file("a.csv", "a,b\n1,2\n3,\"abc\n4,5\n".getBytes(StandardCharsets.UTF_8));
    try (TableReader reader = open(file)) {
      assertThat(reader.next().cells()).containsExactly("1", "2");
      assertThatThrownBy(reader::next)
          .isInstanceOfSatisfying(
              RuleViolation.class,
              e -> {
                assertThat(e.rule()).isEqualTo("file.csv-malformed");
                assertThat(e.message(Locale.ENGLISH)).contains("row 3");
              });
    }
  }

  @Test
  void text_after_a_closing_quote_is_refused() throws IOException {
    Path file = file("a.csv", "a,b\n\"1\"x,2\n".getBytes(StandardCharsets.UTF_8));
    try (TableReader reader = open(file)) {
      assertThatThrownBy(reader::next)
          .isInstanceOfSatisfying(
              RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("file.csv-malformed"));
    }
  }

  @Test
  void an_unclosed_quote_in_a_large_file_stops_at_the_row_limit_instead_of_swallowing_the_file()
      throws IOException {
    StringBuilder csv = new StringBuilder("a,b\n1,\"");
    csv.append("x,y\n".repeat(600_000));
    Path file = file("a.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
    try (TableReader reader = open(file)) {
      assertThatThrownBy(reader::next)
          .isInstanceOfSatisfying(
              RuleViolation.class,
              e -> {
                assertThat(e.rule()).isEqualTo("file.row-too-long");
                assertThat(e.message(Locale.ENGLISH)).contains("Row 2");
              });
      assertThat(reader.bytesRead()).isLessThan(reader.totalBytes());
    }
  }

  @Test
  void cells_are_given_as_written_and_rows_may_differ_in_length() throws IOException {
    Path file = file("a.csv", "a,b,c\n 1 ,=SUM(A1)\n1,2,3,4\n".getBytes(StandardCharsets.UTF_8));
    try (TableReader reader = open(file)) {
      SheetRow first = reader.next();
      assertThat(first.cells()).containsExactly(" 1 ", "=SUM(A1)");
      assertThat(first.cell(2)).isEmpty();
      assertThat(first.isFormula(1)).as("CSV has no formulas").isFalse();
      assertThat(reader.next().cells()).containsExactly("1", "2", "3", "4");
      assertThat(reader.next()).isNull();
      assertThat(reader.bytesRead()).isEqualTo(reader.totalBytes());
    }
  }
}

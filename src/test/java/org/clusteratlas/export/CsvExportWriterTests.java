package org.clusteratlas.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvExportWriterTests {

  private static final List<Column> COLUMNS =
      List.of(
          Column.text("name"),
          Column.number("profit"),
          Column.date("valid_to"),
          Column.bool("above_scale"));

  private static String write(Object[]... rows) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CsvExportWriter csv = CsvExportWriter.start(out, COLUMNS);
    Arrays.stream(rows).forEach(csv::row);
    assertThat(csv.finish()).isEqualTo(rows.length);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void file_starts_with_the_utf8_byte_order_mark_and_the_header_row() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CsvExportWriter.start(out, COLUMNS).finish();

    byte[] bytes = out.toByteArray();
    assertThat(Arrays.copyOf(bytes, 3)).containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))
        .isEqualTo("name,profit,valid_to,above_scale\r\n");
  }

  @Test
  void text_cells_that_a_spreadsheet_would_run_as_a_formula_get_a_leading_apostrophe() {
    String csv =
        write(
            new Object[] {"=HYPERLINK(\"x\")", null, null, null},
            new Object[] {"+1", null, null, null},
            new Object[] {"-2", null, null, null},
            new Object[] {"@SUM(A1)", null, null, null},
            new Object[] {"\tcmd", null, null, null},
            new Object[] {"贵溪铜及铜加工产业集群", null, null, null});

    assertThat(csv.lines().skip(1))
        .containsExactly(
            "\"'=HYPERLINK(\"\"x\"\")\",,,",
            "'+1,,,",
            "'-2,,,",
            "'@SUM(A1),,,",
            "'\tcmd,,,",
            "贵溪铜及铜加工产业集群,,,");
  }

  @Test
  void number_cells_are_never_neutralised_so_a_negative_profit_stays_a_number() {
    String csv = write(new Object[] {"甲", new BigDecimal("-1234.50"), null, null});

    assertThat(csv.lines().skip(1)).containsExactly("甲,-1234.50,,");
  }

  @Test
  void amounts_are_written_as_plain_decimals_never_in_exponent_form() {
    String csv =
        write(
            new Object[] {"a", new BigDecimal("1E+7"), null, null},
            new Object[] {"b", new BigDecimal("0.00000001"), null, null},
            new Object[] {"c", 42L, null, null});

    assertThat(csv.lines().skip(1)).containsExactly("a,10000000,,", "b,0.00000001,,", "c,42,,");
  }

  @Test
  void a_double_is_refused_because_amounts_are_big_decimals() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CsvExportWriter csv = CsvExportWriter.start(out, COLUMNS);

    assertThatThrownBy(() -> csv.row("a", 1.5, null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("profit");
  }

  @Test
  void cells_holding_commas_quotes_or_line_breaks_are_quoted_as_rfc_4180_says() {
    String csv =
        write(
            new Object[] {"甲,乙", null, null, null},
            new Object[] {"say \"hi\"", null, null, null},
            new Object[] {"line\nbreak", null, null, null});

    assertThat(csv)
        .endsWith("\"甲,乙\",,,\r\n" + "\"say \"\"hi\"\"\",,,\r\n" + "\"line\nbreak\",,,\r\n");
  }

  @Test
  void null_is_an_empty_cell_dates_are_iso_and_booleans_are_words() {
    String csv =
        write(
            new Object[] {"甲", BigDecimal.ZERO, LocalDate.of(2025, 3, 1), true},
            new Object[] {"乙", null, null, false});

    assertThat(csv.lines().skip(1)).containsExactly("甲,0,2025-03-01,true", "乙,,,false");
  }

  @Test
  void an_empty_first_cell_is_quoted_so_the_row_is_not_a_blank_line() {
    String csv = write(new Object[] {null, null, null, null});

    assertThat(csv.lines().skip(1)).containsExactly("\"\",,,");
  }

  @Test
  void a_row_with_the_wrong_number_of_values_is_refused() {
    CsvExportWriter csv = CsvExportWriter.start(new ByteArrayOutputStream(), COLUMNS);

    assertThatThrownBy(() -> csv.row("only one")).isInstanceOf(IllegalArgumentException.class);
  }
}

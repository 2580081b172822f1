package org.clusteratlas.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;
import org.clusteratlas.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DecimalTextTest {

  private static DecimalText.Parsed parse(String raw) {
    return DecimalText.parse(raw, 2, 14);
  }

  private static void assertRule(String raw, String rule) {
    DecimalText.Parsed parsed = parse(raw);
    assertThat(parsed.rule()).as(raw).isEqualTo(rule);
    assertThat(parsed.value()).as(raw).isNull();
    assertThat(parsed.isRefused()).isTrue();
    assertThat(parsed.isBlank()).isFalse();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1234.5|1234.50",
        "1,234,567.89|1234567.89",
        "-5|-5.00",
        "+5|5.00",
        "'  12 '|12.00",
        "\u3000１２３４．５\u3000|1234.50",
        "１，２３４|1234.00",
        "－３|-3.00",
        "\u22127.1|-7.10",
        "\u00A00.5\u00A0|0.50",
        ".5|0.50",
        "5.|5.00",
        "007|7.00",
        "1.500|1.50",
        "0|0.00",
        "-0|0.00",
        "99999999999999.99|99999999999999.99"
      })
  void plain_grouped_and_full_width_numbers_are_read_exactly_at_the_scale_asked(
      String raw, String expected) {
    DecimalText.Parsed parsed = parse(raw);
    assertThat(parsed.rule()).as(raw).isNull();
    assertThat(parsed.value()).isEqualTo(new BigDecimal(expected));
    assertThat(parsed.value().scale()).isEqualTo(2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\u3000", "\u00A0\t"})
  void blank_text_is_blank_not_zero(String raw) {
    DecimalText.Parsed parsed = parse(raw);
    assertThat(parsed.isBlank()).isTrue();
    assertThat(parsed.value()).isNull();
    assertThat(parsed.orThrow()).isNull();
    assertThat(parse(null).isBlank()).isTrue();
    assertThat(parse("0").isBlank()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"1E+5", "9.13601E+17", "9.13601e17", "9.13601E+017", "1.5e-3", "１Ｅ５"})
  void a_number_with_an_exponent_is_refused(String raw) {
    assertRule(raw, "number.exponent");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"1.234,5", "1,23", "1,2345", "12,34.5", "1.234.567", ",5", "0,123", "1,234.5,6"})
  void separators_that_could_mean_something_else_are_refused_as_ambiguous(String raw) {
    assertRule(raw, "number.ambiguous");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "NaN",
        "Infinity",
        "abc",
        "#DIV/0!",
        "12a",
        "¥100",
        "100%",
        "(100)",
        "1 000",
        "+",
        ".",
        "--5",
        "1e",
        "e5",
        "$5",
        "5元"
      })
  void text_that_is_not_a_plain_number_is_refused(String raw) {
    assertRule(raw, "number.not-a-number");
  }

  @ParameterizedTest
  @ValueSource(strings = {"-", "—", "--", "－", "——", " – ", "−"})
  void a_dash_alone_is_refused_as_neither_blank_nor_zero(String raw) {
    assertRule(raw, "number.dash");
  }

  @Test
  void more_decimals_than_the_scale_are_refused_never_rounded() {
    assertRule("1.005", "number.scale");
    assertThat(parse("1.005").violation().message(Locale.ENGLISH))
        .isEqualTo("The number \"1.005\" has more than 2 decimals (it is never rounded)");
    assertThat(DecimalText.parse("1.005", 3, 14).value()).isEqualTo(new BigDecimal("1.005"));
  }

  @Test
  void more_integer_digits_than_allowed_are_refused_not_counting_leading_zeros() {
    assertRule("123456789012345", "number.too-long");
    assertThat(parse("00012345678901234").value()).isEqualTo(new BigDecimal("12345678901234.00"));
    assertThat(DecimalText.parse("1234", 0, 3).violation().message(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("数值“1234”的整数部分超过 3 位");
  }

  @Test
  void a_refusal_is_thrown_as_a_rule_violation_naming_the_raw_text() {
    assertThatThrownBy(() -> parse(" ¥100 ").orThrow())
        .isInstanceOfSatisfying(
            RuleViolation.class,
            e -> {
              assertThat(e.rule()).isEqualTo("number.not-a-number");
              assertThat(e.rejectedValue()).isEqualTo(" ¥100 ");
            });
    assertThatThrownBy(() -> parse("12").violation()).isInstanceOf(IllegalStateException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"9.13601E+17", "9.13601e17", "9.13601E+017", " 1E+17 ", "-2.5E-3"})
  void excel_scientific_notation_is_recognised(String raw) {
    assertThat(DecimalText.isExcelExponent(raw)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"913601007055123456", "E17", "9.1E", "9.1E+", "1.2.3E4", "abcE5", ""})
  void other_text_is_no_excel_scientific_notation(String raw) {
    assertThat(DecimalText.isExcelExponent(raw)).isFalse();
    assertThat(DecimalText.isExcelExponent(null)).isFalse();
  }
}

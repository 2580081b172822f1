package org.clusteratlas.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class DecimalTextProperties {

  @Property
  void a_decimal_written_plainly_reads_back_as_itself(@ForAll("amounts") BigDecimal amount) {
    assertReadsBack(amount.toPlainString(), amount);
  }

  @Property
  void a_decimal_written_with_thousands_separators_reads_back_as_itself(
      @ForAll("amounts") BigDecimal amount) {
    assertReadsBack(grouped(amount), amount);
  }

  @Property
  void a_decimal_written_in_full_width_characters_reads_back_as_itself(
      @ForAll("amounts") BigDecimal amount) {
    assertReadsBack(fullWidth(grouped(amount)), amount);
  }

  @Property
  void nothing_with_an_exponent_is_accepted(
      @ForAll("mantissas") String mantissa,
      @ForAll @IntRange(min = 0, max = 3) int form,
      @ForAll @IntRange(min = 0, max = 400) int power) {
    String exponent =
        switch (form) {
          case 0 -> "E+" + power;
          case 1 -> "e" + power;
          case 2 -> "E-" + power;
          default -> "E+0" + power;
        };
    DecimalText.Parsed parsed = DecimalText.parse(mantissa + exponent, 2, 14);
    assertThat(parsed.rule()).isEqualTo("number.exponent");
    assertThat(parsed.value()).isNull();
  }

  @Property
  void a_decimal_printed_with_an_exponent_by_java_is_refused(
      @ForAll("unscaled") BigInteger unscaled, @ForAll @IntRange(min = -30, max = -1) int scale) {
    String text = new BigDecimal(unscaled, scale).toString();
    assertThat(text).contains("E");
    assertThat(DecimalText.parse(text, 2, 14).rule()).isEqualTo("number.exponent");
  }

  @Property
  void any_text_is_blank_a_value_at_the_scale_or_refused_by_a_number_rule(
      @ForAll("cellTexts") String text) {
    DecimalText.Parsed parsed = DecimalText.parse(text, 2, 14);
    if (parsed.isRefused()) {
      assertThat(parsed.rule()).startsWith("number.");
      assertThat(parsed.value()).isNull();
    } else if (!parsed.isBlank()) {
      assertThat(parsed.value().scale()).isEqualTo(2);
      assertThat(parsed.value().abs()).isLessThan(new BigDecimal("1E14"));
    }
  }

  private static void assertReadsBack(String text, BigDecimal amount) {
    DecimalText.Parsed parsed = DecimalText.parse(text, 2, 14);
    assertThat(parsed.rule()).as(text).isNull();
    assertThat(parsed.value()).as(text).isEqualByComparingTo(amount);
    assertThat(parsed.value().scale()).isEqualTo(2);
  }

  /** 1234567.5 as 1,234,567.5. */
  static String grouped(BigDecimal amount) {
    String plain = amount.abs().toPlainString();
    int point = plain.indexOf('.');
    String integer = point < 0 ? plain : plain.substring(0, point);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < integer.length(); i++) {
      if (i > 0 && (integer.length() - i) % 3 == 0) {
        out.append(',');
      }
      out.append(integer.charAt(i));
    }
    return (amount.signum() < 0 ? "-" : "") + out + (point < 0 ? "" : plain.substring(point));
  }

  static String fullWidth(String ascii) {
    StringBuilder out = new StringBuilder("\u3000");
    for (char c : ascii.toCharArray()) {
      out.append(
          switch (c) {
            case '.' -> '．';
            case ',' -> '，';
            case '-' -> '－';
            default -> (char) (c - '0' + '０');
          });
    }
    return out.append('\u3000').toString();
  }

  @Provide
  Arbitrary<BigDecimal> amounts() {
    return Combinators.combine(
            Arbitraries.bigIntegers()
                .between(new BigInteger("-9999999999999999"), new BigInteger("9999999999999999")),
            Arbitraries.integers().between(0, 2))
        .as(
            (unscaled, scale) ->
                new BigDecimal(unscaled, 2).setScale(scale, java.math.RoundingMode.DOWN))
        .filter(d -> d.precision() - d.scale() <= 14);
  }

  @Provide
  Arbitrary<String> mantissas() {
    return Combinators.combine(
            Arbitraries.of("", "-", "+"),
            Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(18),
            Arbitraries.strings().numeric().ofMaxLength(6))
        .as(
            (sign, integer, fraction) ->
                sign + integer + (fraction.isEmpty() ? "" : "." + fraction));
  }

  @Provide
  Arbitrary<BigInteger> unscaled() {
    return Arbitraries.bigIntegers().between(BigInteger.ONE, new BigInteger("999999999999999999"));
  }

  @Provide
  Arbitrary<String> cellTexts() {
    return Arbitraries.strings().withChars("0123456789.,-+eE ¥%()０１．，－\u3000—").ofMaxLength(20);
  }
}

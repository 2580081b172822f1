package org.clusteratlas.selfreport;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clusteratlas.shared.RuleViolation;
import org.clusteratlas.spreadsheet.DecimalText;

/**
 * The self-report's edit checks ({@link SelfReportRule}) as pure functions: reading a form's values
 * (hard: the first fault refuses the whole form), the findings of a complete or partial form
 * against last year's accepted report (quasi-hard and verify), and completeness before submission.
 */
final class SelfReportChecks {

  /** Integer digits a value may have: 999,999,999,999 (亿元 or 万元 alike). */
  static final int MAX_INTEGER_DIGITS = 12;

  private SelfReportChecks() {}

  /**
   * The form's values, by field code, in the catalogue's order: blank ones left out (a blank is
   * never taken for 0). Refused by the first hard fault, naming the field and the value as typed.
   */
  static Map<String, BigDecimal> read(Map<String, String> typed) {
    Map<String, BigDecimal> values = new LinkedHashMap<>();
    if (typed == null) {
      return values;
    }
    for (String code : typed.keySet()) {
      SelfReportField field =
          SelfReportCatalogue.field(code)
              .orElseThrow(() -> violation(SelfReportRule.UNKNOWN_FIELD, code));
      String text = typed.get(code);
      if (text == null || text.isBlank()) {
        continue;
      }
      if (field.derived()) {
        throw violation(SelfReportRule.DERIVED_FIELD, code);
      }
      values.put(code, value(field, text));
    }
    Map<String, BigDecimal> ordered = new LinkedHashMap<>();
    for (SelfReportField f : SelfReportCatalogue.fields()) {
      if (values.containsKey(f.code())) {
        ordered.put(f.code(), values.get(f.code()));
      }
    }
    return ordered;
  }

  /** One typed value of {@code field}, checked against its type. */
  static BigDecimal value(SelfReportField field, String text) {
    // read with room for more decimals than the type takes, so that 3.5 projects is called a
    // fraction, not a number with too many decimals
    DecimalText.Parsed parsed = DecimalText.parse(text, 6, MAX_INTEGER_DIGITS);
    if (parsed.isRefused()) {
      if (DecimalText.SCALE.equals(parsed.rule()) || DecimalText.TOO_LONG.equals(parsed.rule())) {
        throw violation(SelfReportRule.TOO_PRECISE, text, field.code(), field.type().scale());
      }
      throw violation(SelfReportRule.NOT_A_NUMBER, text, field.code());
    }
    BigDecimal value = parsed.value().stripTrailingZeros();
    if (value.scale() < 0) {
      value = value.setScale(0);
    }
    FieldType type = field.type();
    if (value.signum() < 0 && type.min().signum() == 0) {
      throw violation(SelfReportRule.NEGATIVE, text, field.code());
    }
    if ((type == FieldType.COUNT || type == FieldType.STAGE || type == FieldType.YES_NO)
        && value.scale() > 0) {
      throw violation(SelfReportRule.NOT_WHOLE, text, field.code());
    }
    if (value.scale() > type.scale()) {
      throw violation(SelfReportRule.TOO_PRECISE, text, field.code(), type.scale());
    }
    BigDecimal max = field.upperBound();
    if (value.compareTo(type.min()) < 0 || (max != null && value.compareTo(max) > 0)) {
      throw violation(
          SelfReportRule.OUT_OF_RANGE,
          text,
          field.code(),
          type.min().toPlainString(),
          max == null ? "" : max.toPlainString());
    }
    return value;
  }

  /**
   * The quasi-hard and verify findings of {@code values}; {@code lastYear} is last year's accepted
   * report's values (empty when there is none). A rule whose values are blank does not apply.
   */
  static List<Finding> findings(Map<String, BigDecimal> values, Map<String, BigDecimal> lastYear) {
    List<Finding> found = new ArrayList<>();
    BigDecimal rd = values.get("rd_intensity");
    if (rd != null && rd.compareTo(SelfReportRule.RD_INTENSITY_BOUND) > 0) {
      found.add(
          finding(
              "rd_intensity",
              SelfReportRule.RD_INTENSITY_HIGH,
              rd,
              SelfReportRule.RD_INTENSITY_BOUND));
    }
    BigDecimal digitalised = values.get("digitalised_share");
    BigDecimal cloud = values.get("cloud_firms");
    if (digitalised != null
        && cloud != null
        && cloud.signum() == 0
        && digitalised.compareTo(SelfReportRule.DIGITALISED_BOUND) >= 0) {
      found.add(
          finding(
              "digitalised_share",
              SelfReportRule.DIGITALISED_WITHOUT_CLOUD,
              digitalised,
              SelfReportRule.DIGITALISED_BOUND));
    }
    BigDecimal newPlatforms = values.get("new_platforms");
    BigDecimal platforms = values.get("rd_platforms");
    if (newPlatforms != null && platforms != null && newPlatforms.compareTo(platforms) > 0) {
      found.add(
          finding(
              "new_platforms", SelfReportRule.NEW_PLATFORMS_ABOVE_TOTAL, newPlatforms, platforms));
    }
    BigDecimal served = values.get("firms_served");
    BigDecimal servicePlatforms = values.get("service_platforms");
    if (served != null
        && servicePlatforms != null
        && served.signum() > 0
        && servicePlatforms.signum() == 0) {
      found.add(finding("firms_served", SelfReportRule.FIRMS_SERVED_WITHOUT_PLATFORMS, served));
    }
    for (Map.Entry<String, BigDecimal> e : values.entrySet()) {
      BigDecimal before = lastYear.get(e.getKey());
      SelfReportField field = SelfReportCatalogue.field(e.getKey()).orElseThrow();
      if (before != null && changedBeyondBound(field.type(), before, e.getValue())) {
        found.add(
            finding(
                e.getKey(),
                SelfReportRule.CHANGE_BEYOND_BOUND,
                e.getValue(),
                before,
                change(before, e.getValue())));
      }
    }
    return found;
  }

  /**
   * Whether {@code now} differs from {@code before} by more than {@link
   * SelfReportRule#CHANGE_BOUND} of {@code before} (any change of a value that was 0), and by at
   * least the type's floor: 3 for a count, 5 points for a share or rate. Stages and yes/no are not
   * compared.
   */
  static boolean changedBeyondBound(FieldType type, BigDecimal before, BigDecimal now) {
    if (type == FieldType.STAGE || type == FieldType.YES_NO) {
      return false;
    }
    BigDecimal difference = now.subtract(before).abs();
    BigDecimal floor =
        switch (type) {
          case COUNT -> SelfReportRule.COUNT_CHANGE_FLOOR;
          case PERCENT, PERCENT_CHANGE -> SelfReportRule.PERCENT_CHANGE_FLOOR;
          default -> BigDecimal.ZERO;
        };
    return difference.signum() > 0
        && difference.compareTo(floor) >= 0
        && difference.compareTo(before.abs().multiply(SelfReportRule.CHANGE_BOUND)) > 0;
  }

  /** The change in per cent of last year's value, one decimal; "—" from 0. */
  private static String change(BigDecimal before, BigDecimal now) {
    if (before.signum() == 0) {
      return "—";
    }
    BigDecimal percent =
        now.subtract(before)
            .multiply(BigDecimal.valueOf(100))
            .divide(before.abs(), 1, RoundingMode.HALF_UP);
    return (percent.signum() > 0 ? "+" : "") + percent.toPlainString();
  }

  /** Refused unless every typed field has a value: the first blank field is named. */
  static void requireComplete(Map<String, BigDecimal> values) {
    List<String> blank =
        SelfReportCatalogue.typedFields().stream()
            .map(SelfReportField::code)
            .filter(c -> !values.containsKey(c))
            .toList();
    if (!blank.isEmpty()) {
      throw violation(SelfReportRule.REQUIRED, blank.get(0), blank.size());
    }
  }

  private static Finding finding(
      String field, SelfReportRule rule, BigDecimal value, Object... arguments) {
    List<String> text = new ArrayList<>();
    for (Object a : arguments) {
      text.add(a instanceof BigDecimal d ? d.toPlainString() : String.valueOf(a));
    }
    return new Finding(field, rule, value, text);
  }

  static RuleViolation violation(SelfReportRule rule, Object value, Object... arguments) {
    return new RuleViolation(rule.id(), value, arguments);
  }
}

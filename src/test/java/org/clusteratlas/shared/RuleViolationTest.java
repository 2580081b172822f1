package org.clusteratlas.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RuleViolationTest {

  @Test
  void the_message_comes_from_the_bundle_of_the_requested_language() {
    RuleViolation e = new RuleViolation("period.month", 13);
    assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("月份 13 无效：应为 1 至 12");
    assertThat(e.message(Locale.ENGLISH)).isEqualTo("The month 13 is invalid: it must be 1 to 12");
    assertThat(e.message(Locale.US)).isEqualTo(e.message(Locale.ENGLISH));
  }

  @Test
  void the_default_message_is_chinese_whatever_the_jvm_locale_and_names_the_rule() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.ENGLISH);
      RuleViolation e = new RuleViolation("period.month", 13);
      assertThat(e.getMessage()).isEqualTo("月份 13 无效：应为 1 至 12 [period.month]");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void numbers_among_the_arguments_are_written_without_grouping() {
    RuleViolation e = new RuleViolation("period.year", 1999, 2000, 2100);
    assertThat(e.message(Locale.ENGLISH)).isEqualTo("The year 1999 is out of range (2000–2100)");
    assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("年份 1999 超出范围（2000—2100）");
  }

  @Test
  void dates_among_the_arguments_are_written_in_iso_form() {
    RuleViolation e =
        new RuleViolation(
            "designation.revoked-before-granted",
            LocalDate.of(2024, 1, 1),
            LocalDate.of(2025, 1, 2));
    assertThat(e.message(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("撤销日期 2024-01-01 早于认定日期 2025-01-02：撤销不能早于认定");
  }

  @Test
  void an_unknown_rule_still_names_the_rule_and_the_values() {
    RuleViolation e = new RuleViolation("no-such.rule", "x", 5);
    assertThat(e.message(Locale.ENGLISH)).isEqualTo("no-such.rule: [x, 5]");
    assertThat(e.rule()).isEqualTo("no-such.rule");
    assertThat(e.rejectedValue()).isEqualTo("x");
  }
}

package org.clusteratlas.industry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.clusteratlas.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IndustryCodeTest {

  @ParameterizedTest
  @ValueSource(strings = {"06", "12", "13", "39", "43", "44", "46"})
  void the_industrial_divisions_06_to_46_are_accepted(String code) {
    assertThat(new IndustryCode(code).value()).isEqualTo(code);
  }

  @ParameterizedTest
  @ValueSource(strings = {"00", "01", "05", "47", "65", "99"})
  void a_division_outside_industry_is_refused(String code) {
    assertThatThrownBy(() -> new IndustryCode(code))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            e -> {
              assertThat(e.rule()).isEqualTo("industry-code.not-industrial");
              assertThat(e.rejectedValue()).isEqualTo(code);
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"6", "390", "C39", "3 ", ""})
  void a_code_that_is_not_two_digits_is_refused(String code) {
    assertThatThrownBy(() -> new IndustryCode(code))
        .isInstanceOfSatisfying(
            RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("industry-code.format"));
  }

  @Test
  void a_missing_code_is_refused() {
    assertThatThrownBy(() -> new IndustryCode(null))
        .isInstanceOfSatisfying(
            RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("industry-code.format"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"13", "26", "39", "43"})
  void divisions_13_to_43_are_manufacturing(String code) {
    assertThat(new IndustryCode(code).isManufacturing()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"06", "12", "44", "46"})
  void mining_and_utilities_are_not_manufacturing(String code) {
    assertThat(new IndustryCode(code).isManufacturing()).isFalse();
  }
}

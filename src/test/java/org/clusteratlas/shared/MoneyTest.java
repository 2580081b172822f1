package org.clusteratlas.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

  @ParameterizedTest
  @ValueSource(strings = {"0.001", "12.345", "-0.005", "1E-3"})
  void an_amount_with_more_than_two_decimals_is_refused(String wan) {
    assertThatThrownBy(() -> Money.ofWan(wan))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            e -> {
              assertThat(e.rule()).isEqualTo("money.scale");
              assertThat(e.rejectedValue()).isEqualTo(new BigDecimal(wan).toPlainString());
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"12.3", "12.34", "12.3400", "1E+3", "-1793.5", "0"})
  void an_amount_with_at_most_two_significant_decimals_is_kept_at_scale_two(String wan) {
    Money money = Money.ofWan(wan);
    assertThat(money.wan().scale()).isEqualTo(2);
    assertThat(money.wan()).isEqualByComparingTo(wan);
  }

  @Test
  void a_missing_amount_is_refused() {
    assertThatThrownBy(() -> new Money(null))
        .isInstanceOfSatisfying(
            RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("money.missing"));
  }

  @Test
  void equal_amounts_of_different_scale_are_equal() {
    assertThat(Money.ofWan("5")).isEqualTo(Money.ofWan("5.00"));
  }

  @Test
  void yi_and_wan_yi_are_exact_conversions_of_wan() {
    Money m = Money.ofWan("39000000.01");
    assertThat(m.yi()).isEqualByComparingTo("3900.000001");
    assertThat(m.wanYi()).isEqualByComparingTo("0.3900000001");
    assertThat(Money.ofWan("0.01").wanYi()).isEqualByComparingTo("1E-10");
  }

  @Test
  void of_yi_is_ten_thousand_wan_per_yi() {
    assertThat(Money.ofYi(1000).wan()).isEqualByComparingTo("10000000");
    assertThat(Money.ofYi(1793).yi()).isEqualByComparingTo("1793");
    assertThat(Money.ofYi(39000).wanYi()).isEqualByComparingTo("3.9");
  }

  @Test
  void plus_adds_exactly_and_comparison_is_by_amount() {
    Money sum = Money.ofWan("0.10").plus(Money.ofWan("0.20"));
    assertThat(sum).isEqualTo(Money.ofWan("0.3"));
    assertThat(Money.ofWan("-0.01").plus(Money.ofWan("0.01"))).isEqualTo(Money.ZERO);
    assertThat(Money.ofWan("0.01").isGreaterThan(Money.ZERO)).isTrue();
    assertThat(Money.ZERO.isGreaterThan(Money.ZERO)).isFalse();
    assertThat(Money.ofWan("-5").compareTo(Money.ofWan("-4.99"))).isNegative();
  }

  @Test
  void an_amount_prints_in_wan_without_exponent() {
    assertThat(Money.ofWan("1E+7")).hasToString("10000000.00 万元");
  }
}

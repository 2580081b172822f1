package org.clusteratlas.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;

class ShareProperties {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @Property
  void a_share_of_a_part_no_greater_than_its_whole_lies_between_0_and_100(
      @ForAll @BigRange(min = "0", max = "100000000000000") @Scale(2) BigDecimal a,
      @ForAll @BigRange(min = "0", max = "100000000000000") @Scale(2) BigDecimal b) {
    BigDecimal part = a.min(b);
    BigDecimal whole = a.max(b);
    Assume.that(whole.signum() > 0);
    assertThat(Share.percent(part, whole))
        .hasValueSatisfying(s -> assertThat(s).isBetween(BigDecimal.ZERO, HUNDRED));
  }

  @Property
  void the_whole_is_100_percent_of_itself(
      @ForAll @BigRange(min = "0.01", max = "100000000000000") @Scale(2) BigDecimal whole) {
    assertThat(Share.percent(whole, whole))
        .hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo(HUNDRED));
  }

  @Property
  void a_share_of_a_whole_of_zero_or_less_is_undefined(
      @ForAll @BigRange(min = "-100000000000000", max = "100000000000000") @Scale(2)
          BigDecimal part,
      @ForAll @BigRange(min = "-100000000000000", max = "0") @Scale(2) BigDecimal whole) {
    assertThat(Share.percent(part, whole)).isEmpty();
  }
}

package org.clusteratlas.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConcentrationTest {

  private static List<BigDecimal> of(String... values) {
    return Arrays.stream(values).map(v -> v == null ? null : new BigDecimal(v)).toList();
  }

  @Test
  void theTopSharesAreTakenFromTheLargestRevenuesWhateverTheOrder() {
    List<BigDecimal> revenues = of("10", "40", "20", "30", "0", "100");
    // total 200: largest 100 = 50 %, four largest 100+40+30+20 = 95 %
    assertThat(Concentration.topSharePct(revenues, 1)).contains(new BigDecimal("50.00"));
    assertThat(Concentration.topSharePct(revenues, 4)).contains(new BigDecimal("95.00"));
  }

  @Test
  void theIndexOfOneFirmIsTenThousandAndOfFourEqualFirmsTwentyFiveHundred() {
    assertThat(Concentration.hhi(of("5"))).contains(new BigDecimal("10000.00"));
    assertThat(Concentration.hhi(of("1", "1", "1", "1"))).contains(new BigDecimal("2500.00"));
  }

  @Test
  void missingRevenuesCountAsZeroAndAZeroTotalHasNoShares() {
    assertThat(Concentration.topSharePct(of(null, "50", "50"), 1))
        .contains(new BigDecimal("50.00"));
    assertThat(Concentration.topSharePct(of("0", null), 1)).isEmpty();
    assertThat(Concentration.hhi(List.of())).isEmpty();
  }

  @Test
  void aNegativeRevenueIsRefused() {
    assertThatThrownBy(() -> Concentration.hhi(of("-1", "2")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
  }
}

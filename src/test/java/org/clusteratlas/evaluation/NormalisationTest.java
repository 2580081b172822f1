package org.clusteratlas.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The four normalisations of a scheme, on small worked cohorts. */
class NormalisationTest {

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  private static List<BigDecimal> cohort(String... values) {
    return Arrays.stream(values).map(BigDecimal::new).toList();
  }

  private static final List<BigDecimal> NONE = List.of();

  @Test
  void efficacy_with_fixed_bounds_is_60_plus_40_times_the_position_capped_to_60_and_100() {
    Normalisation efficacy = new Normalisation.Efficacy(d("0"), d("20"));

    // 60 + 40 × (9.8 − 0) / (20 − 0) = 60 + 19.6 = 79.6
    assertThat(efficacy.score(d("9.8"), Direction.HIGHER, NONE).score()).isEqualTo(d("79.60"));
    // below the low bound: 60; above the high one: 100
    assertThat(efficacy.score(d("-3"), Direction.HIGHER, NONE).score()).isEqualTo(d("60.00"));
    assertThat(efficacy.score(d("35"), Direction.HIGHER, NONE).score()).isEqualTo(d("100.00"));
    // lower is better: 60 + 40 × (20 − 5) / 20 = 90
    assertThat(efficacy.score(d("5"), Direction.LOWER, NONE).score()).isEqualTo(d("90.00"));
  }

  @Test
  void efficacy_with_cohort_bounds_takes_the_cohorts_minimum_and_maximum_and_says_so() {
    Normalisation efficacy = new Normalisation.Efficacy(null, null);

    Normalisation.Normalised n =
        efficacy.score(d("30"), Direction.HIGHER, cohort("10", "30", "60"));

    // 60 + 40 × (30 − 10) / (60 − 10) = 60 + 16 = 76
    assertThat(n.score()).isEqualTo(d("76.00"));
    assertThat(n.low()).isEqualTo(d("10"));
    assertThat(n.high()).isEqualTo(d("60"));
  }

  @Test
  void a_cohort_of_equal_values_gives_every_value_100() {
    assertThat(
            new Normalisation.Efficacy(null, null)
                .score(d("7"), Direction.HIGHER, cohort("7", "7"))
                .score())
        .isEqualTo(d("100.00"));
    assertThat(new Normalisation.MinMax().score(d("7"), Direction.LOWER, cohort("7")).score())
        .isEqualTo(d("100.00"));
  }

  @Test
  void minmax_spreads_the_cohort_from_0_to_100_and_mirrors_it_when_lower_is_better() {
    Normalisation minmax = new Normalisation.MinMax();
    List<BigDecimal> values = cohort("2", "5", "8");

    // 100 × (5 − 2) / (8 − 2) = 50
    assertThat(minmax.score(d("5"), Direction.HIGHER, values).score()).isEqualTo(d("50.00"));
    assertThat(minmax.score(d("2"), Direction.HIGHER, values).score()).isEqualTo(d("0.00"));
    // 100 × (8 − 3) / 6 = 83.333… → 83.33
    assertThat(minmax.score(d("3"), Direction.LOWER, values).score()).isEqualTo(d("83.33"));
  }

  @Test
  void thresholds_score_the_first_step_reached_from_the_best_down_or_the_otherwise_score() {
    Normalisation steps =
        new Normalisation.Thresholds(
            List.of(
                new Normalisation.Thresholds.Step(d("20"), d("100")),
                new Normalisation.Thresholds.Step(d("10"), d("85")),
                new Normalisation.Thresholds.Step(d("0"), d("70"))),
            d("60"));

    assertThat(steps.score(d("20"), Direction.HIGHER, NONE).score()).isEqualTo(d("100.00"));
    assertThat(steps.score(d("19.99"), Direction.HIGHER, NONE).score()).isEqualTo(d("85.00"));
    assertThat(steps.score(d("0"), Direction.HIGHER, NONE).score()).isEqualTo(d("70.00"));
    assertThat(steps.score(d("-0.5"), Direction.HIGHER, NONE).score()).isEqualTo(d("60.00"));
  }

  @Test
  void lower_is_better_thresholds_are_reached_from_below() {
    Normalisation accidents =
        new Normalisation.Thresholds(
            List.of(new Normalisation.Thresholds.Step(d("0"), d("100"))), d("0"));

    assertThat(accidents.score(d("0"), Direction.LOWER, NONE).score()).isEqualTo(d("100.00"));
    assertThat(accidents.score(d("1"), Direction.LOWER, NONE).score()).isEqualTo(d("0.00"));
  }

  @Test
  void rank_gives_the_first_100_and_the_last_0_and_equal_values_share_the_better_rank() {
    Normalisation rank = new Normalisation.Rank();
    List<BigDecimal> values = cohort("4", "9", "9", "1", "6");

    Normalisation.Normalised nine = rank.score(d("9"), Direction.HIGHER, values);
    assertThat(nine.score()).isEqualTo(d("100.00"));
    assertThat(nine.rank()).isEqualTo(1);
    assertThat(nine.of()).isEqualTo(5);
    // 6 is third of 5 (two nines above it): 100 × (5 − 3) / 4 = 50
    assertThat(rank.score(d("6"), Direction.HIGHER, values).score()).isEqualTo(d("50.00"));
    assertThat(rank.score(d("1"), Direction.HIGHER, values).score()).isEqualTo(d("0.00"));
    // lower is better: 1 first
    assertThat(rank.score(d("1"), Direction.LOWER, values).score()).isEqualTo(d("100.00"));
    assertThat(rank.score(d("3"), Direction.HIGHER, cohort("3")).score()).isEqualTo(d("100.00"));
  }
}

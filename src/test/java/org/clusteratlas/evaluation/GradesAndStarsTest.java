package org.clusteratlas.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Grades from the cut-offs, stars from two years' grades (DOMAIN.md §5). */
class GradesAndStarsTest {

  private static final GradeCutoffs CUTOFFS =
      new GradeCutoffs(new BigDecimal("85"), new BigDecimal("75"), new BigDecimal("60"));

  @Test
  void a_total_reaching_a_cut_off_takes_that_grade_and_one_just_below_the_next() {
    assertThat(CUTOFFS.grade(new BigDecimal("85.00"))).isEqualTo(Grade.EXCELLENT);
    assertThat(CUTOFFS.grade(new BigDecimal("84.99"))).isEqualTo(Grade.GOOD);
    assertThat(CUTOFFS.grade(new BigDecimal("75"))).isEqualTo(Grade.GOOD);
    assertThat(CUTOFFS.grade(new BigDecimal("60.00"))).isEqualTo(Grade.PASS);
    assertThat(CUTOFFS.grade(new BigDecimal("59.99"))).isEqualTo(Grade.FAIL);
    assertThat(CUTOFFS.grade(new BigDecimal("100"))).isEqualTo(Grade.EXCELLENT);
    assertThat(CUTOFFS.grade(BigDecimal.ZERO)).isEqualTo(Grade.FAIL);
  }

  @Test
  void five_stars_for_excellent_two_years_running() {
    assertThat(Stars.of(Grade.EXCELLENT, Grade.EXCELLENT)).isEqualTo(5);
    assertThat(Stars.symbols(5)).isEqualTo("★★★★★");
  }

  @Test
  void four_stars_for_one_excellent_and_one_good_in_either_order() {
    assertThat(Stars.of(Grade.EXCELLENT, Grade.GOOD)).isEqualTo(4);
    assertThat(Stars.of(Grade.GOOD, Grade.EXCELLENT)).isEqualTo(4);
  }

  @Test
  void three_stars_for_good_two_years_running() {
    assertThat(Stars.of(Grade.GOOD, Grade.GOOD)).isEqualTo(3);
  }

  @Test
  void no_stars_with_a_pass_or_fail_in_either_year_or_without_last_years_grade() {
    assertThat(Stars.of(Grade.EXCELLENT, Grade.PASS)).isZero();
    assertThat(Stars.of(Grade.PASS, Grade.EXCELLENT)).isZero();
    assertThat(Stars.of(Grade.GOOD, Grade.FAIL)).isZero();
    assertThat(Stars.of(Grade.EXCELLENT, null)).isZero();
    assertThat(Stars.symbols(0)).isEmpty();
  }

  @Test
  void grades_are_stored_by_code_and_named_in_chinese_and_english() {
    assertThat(Grade.ofCode("good")).isEqualTo(Grade.GOOD);
    assertThat(Grade.FAIL.nameZh()).isEqualTo("不合格");
    assertThat(Grade.EXCELLENT.nameEn()).isEqualTo("Excellent");
  }
}

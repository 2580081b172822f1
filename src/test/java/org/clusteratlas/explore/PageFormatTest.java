package org.clusteratlas.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** How the pages write numbers: grouped by locale, rounded as published, a dash for none. */
class PageFormatTest {

  private final PageFormat zh = new PageFormat(Locale.SIMPLIFIED_CHINESE);
  private final PageFormat en = new PageFormat(Locale.ENGLISH);

  @Test
  void amounts_in_yi_have_one_decimal_and_the_locales_grouping() {
    assertThat(zh.yi(new BigDecimal("5456.64"))).isEqualTo("5,456.6");
    assertThat(en.yi(new BigDecimal("5456.65"))).isEqualTo("5,456.7");
    assertThat(zh.yi(new BigDecimal("12"))).isEqualTo("12.0");
    assertThat(zh.yi2(new BigDecimal("0.125"))).isEqualTo("0.13");
  }

  @Test
  void a_missing_value_is_a_dash() {
    assertThat(zh.yi(null)).isEqualTo("—");
    assertThat(zh.pct(null)).isEqualTo("—");
    assertThat(zh.count(null)).isEqualTo("—");
    assertThat(zh.headline("cluster_revenue", null)).isEqualTo("—");
  }

  @Test
  void headline_figures_are_rounded_and_written_as_the_bulletin_publishes_them() {
    assertThat(zh.headline("cluster_revenue", new BigDecimal("3.9187"))).isEqualTo("3.9");
    assertThat(zh.headline("cluster_profit", new BigDecimal("1793.46"))).isEqualTo("1793");
    assertThat(zh.headline("cluster_profit", new BigDecimal("12345.5"))).isEqualTo("12,346");
    assertThat(zh.headline("cluster_revenue_growth_pct", new BigDecimal("9.75"))).isEqualTo("9.8");
    assertThat(zh.headline("provincial_cluster_count", new BigDecimal("118"))).isEqualTo("118");
  }

  @Test
  void an_exact_value_keeps_all_its_digits() {
    assertThat(en.exact(new BigDecimal("3.91870"))).isEqualTo("3.9187");
    assertThat(en.exact(new BigDecimal("1793.4567"))).isEqualTo("1,793.4567");
    assertThat(en.exact(new BigDecimal("118"))).isEqualTo("118");
  }

  @Test
  void a_year_is_never_grouped() {
    assertThat(zh.plain(2025)).isEqualTo("2025");
    assertThat(zh.count(2025)).isEqualTo("2,025");
  }
}

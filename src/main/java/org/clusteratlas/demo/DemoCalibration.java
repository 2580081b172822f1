package org.clusteratlas.demo;

import java.math.BigDecimal;

/**
 * The 2025 targets the demo province is calibrated to. Each target lies inside the rounding
 * interval of the figure the province published (shared/domain/published-2025.json, from the press
 * conference of 2026-03-18), a little off its centre as real data would be.
 *
 * @param clusterRevenueWan Σ 营业收入 of the provincial clusters' members, each once (3.9 万亿元)
 * @param revenueGrowthPct comparable-basis revenue growth (9.8%)
 * @param sharePct share of the province's above-designated-size industrial revenue (84.4%)
 * @param clusterProfitWan Σ 利润总额 of the same enterprises (1793 亿元)
 * @param profitGrowthPct comparable-basis profit growth (11.6%)
 */
record DemoCalibration(
    BigDecimal clusterRevenueWan,
    BigDecimal revenueGrowthPct,
    BigDecimal sharePct,
    BigDecimal clusterProfitWan,
    BigDecimal profitGrowthPct) {

  /**
   * Inside [3.85, 3.95) 万亿元, [9.75, 9.85) %, [84.35, 84.45) %, [1792.5, 1793.5) 亿元, [11.55, 11.65)
   * %.
   */
  static final DemoCalibration PUBLISHED_2025 =
      new DemoCalibration(
          new BigDecimal("391370000.00"),
          new BigDecimal("9.8215"),
          new BigDecimal("84.3874"),
          new BigDecimal("17932400.00"),
          new BigDecimal("11.5862"));
}

package org.clusteratlas.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Optional;
import org.clusteratlas.indicator.Aggregate;
import org.clusteratlas.indicator.ProfitMargin;

/**
 * The statistics a leaf indicator may take from the records ({@code statistic:<code>} in a scheme),
 * each computed for one cluster and one year from the annual (January–December) reports of its
 * members in the year's above-designated-size frame, through the indicator module's read model. An
 * empty value is missing, and scores the leaf's {@code missing} score: every statistic of a cluster
 * without members in the frame is missing, except its member count, which is 0. Values are rounded
 * half up to four decimals before they are normalised, so the value stored and shown is the one
 * scored.
 */
public enum Statistic {
  /** Σ 营业收入 of the members, in 亿元; zero when no member reported. */
  REVENUE("revenue", "亿元"),
  /** Comparable-basis growth of revenue, percent ({@code ComparableGrowth}). */
  REVENUE_GROWTH("revenue_growth", "%"),
  /**
   * Compound annual growth of revenue over the last three years, percent, comparable basis: over
   * the members that reported revenue both this year and three years before.
   */
  REVENUE_CAGR_3Y("revenue_cagr_3y", "%"),
  /** Σ 利润总额 of the members, in 亿元 (may be negative). */
  PROFIT("profit", "亿元"),
  /** Profit over revenue, percent ({@code ProfitMargin}). */
  PROFIT_MARGIN("profit_margin", "%"),
  /** Comparable-basis growth of profit, percent. */
  PROFIT_GROWTH("profit_growth", "%"),
  /** The members in the year's frame (规上企业数). */
  MEMBER_COUNT("member_count", "家"),
  /** The four largest members' share of the cluster's revenue, percent ({@code Concentration}). */
  TOP4_SHARE("top4_share", "%"),
  /** The share of members that are 专精特新 enterprises, percent. */
  SPECIALISED_SHARE("specialised_share", "%"),
  /** The share of members that are 专精特新"小巨人" enterprises, percent. */
  LITTLE_GIANT_SHARE("little_giant_share", "%"),
  /** The share of members that are 高新技术企业, percent. */
  HIGH_TECH_SHARE("high_tech_share", "%");

  private final String code;
  private final String unit;

  Statistic(String code, String unit) {
    this.code = code;
    this.unit = unit;
  }

  public String code() {
    return code;
  }

  /** The unit of the raw value: 亿元, % or 家. */
  public String unit() {
    return unit;
  }

  /** Decimals of every raw value. */
  static final int SCALE = 4;

  /** This statistic of one cluster, rounded to four decimals; empty when missing. */
  Optional<BigDecimal> value(ClusterRecords records) {
    if (this == MEMBER_COUNT) {
      return Optional.of(
          BigDecimal.valueOf(records.hasMembers() ? records.year().enterprises() : 0)
              .setScale(SCALE));
    }
    if (!records.hasMembers()) {
      return Optional.empty();
    }
    Aggregate year = records.year();
    Optional<BigDecimal> value =
        switch (this) {
          case REVENUE -> Optional.of(year.revenue().yi());
          case REVENUE_GROWTH -> year.revenueGrowthPct();
          case REVENUE_CAGR_3Y -> records.composition().revenueCagr3yPct();
          case PROFIT -> Optional.of(year.profit().yi());
          case PROFIT_MARGIN -> ProfitMargin.percent(year.profit().wan(), year.revenue().wan());
          case PROFIT_GROWTH -> year.profitGrowthPct();
          case TOP4_SHARE -> records.composition().top4SharePct();
          case SPECIALISED_SHARE -> records.composition().specialisedSharePct();
          case LITTLE_GIANT_SHARE -> records.composition().littleGiantSharePct();
          case HIGH_TECH_SHARE -> records.composition().highTechSharePct();
          case MEMBER_COUNT -> throw new IllegalStateException("handled above");
        };
    return value.map(v -> v.setScale(SCALE, RoundingMode.HALF_UP));
  }

  public static Optional<Statistic> ofCode(String code) {
    return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
  }
}

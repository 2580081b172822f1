package org.clusteratlas.evaluation;

import java.util.Arrays;
import java.util.Optional;

/**
 * The statistics a leaf indicator may take from the records ({@code statistic:<code>} in a scheme),
 * each computed for one cluster and one year from the annual (January–December) reports of its
 * members in the year's above-designated-size frame, through the indicator module's read model. An
 * empty value is missing, and scores the leaf's {@code missing} score.
 */
public enum Statistic {
  /** Σ 营业收入 of the members, in 亿元; zero when no member reported. */
  REVENUE("revenue", "亿元"),
  /** Comparable-basis growth of revenue, percent ({@code ComparableGrowth}). */
  REVENUE_GROWTH("revenue_growth", "%"),
  /** Compound annual growth of the cluster's revenue over the last three years, percent. */
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

  public static Optional<Statistic> ofCode(String code) {
    return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
  }
}

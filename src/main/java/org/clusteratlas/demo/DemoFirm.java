package org.clusteratlas.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.clusteratlas.enterprise.CreditCode;
import org.clusteratlas.industry.IndustryCode;
import org.clusteratlas.region.RegionCode;

/**
 * A generated enterprise while the province is being built: identity, the years it is in the frame,
 * and its annual revenue and profit for 2019–2025 (2019 only as last year's value of 2020). Mutable
 * because calibration rescales it; it never leaves the demo module.
 */
final class DemoFirm {

  static final int FIRST_YEAR = 2019;
  static final int LAST_YEAR = 2025;
  static final int FIRST_REPORTED_YEAR = 2020;

  final int index;
  CreditCode code;
  String name;
  RegionCode region;
  IndustryCode industry;
  boolean specialised;
  boolean littleGiant;
  boolean highTech;

  /** First and last year in the above-designated-size frame, within 2020–2025. */
  int firstYear;

  int lastYear;

  /** The cluster it was generated for, or -1; -2 for a firm of a cluster that left in 2024. */
  int primaryCluster = -1;

  final BigDecimal[] revenue = new BigDecimal[LAST_YEAR - FIRST_YEAR + 1];
  final BigDecimal[] profit = new BigDecimal[LAST_YEAR - FIRST_YEAR + 1];

  /** 工业总产值 / 营业收入, 出口交货值 / 营业收入, R&D经费 / 营业收入: dimensionless ratios. */
  BigDecimal outputRatio;

  BigDecimal exportShare;
  BigDecimal rdIntensity;

  /** 万元 of revenue per employee. */
  BigDecimal revenuePerEmployee;

  /** Cumulative share of the year's total reached by the end of each month, in millionths. */
  final int[][] season = new int[LAST_YEAR - FIRST_YEAR + 1][12];

  DemoFirm(int index) {
    this.index = index;
  }

  boolean inFrame(int year) {
    return year >= firstYear && year <= lastYear;
  }

  BigDecimal revenue(int year) {
    return revenue[year - FIRST_YEAR];
  }

  BigDecimal profit(int year) {
    return profit[year - FIRST_YEAR];
  }

  void setRevenue(int year, BigDecimal wan) {
    revenue[year - FIRST_YEAR] = wan.setScale(2, RoundingMode.HALF_UP);
  }

  void setProfit(int year, BigDecimal wan) {
    profit[year - FIRST_YEAR] = wan.setScale(2, RoundingMode.HALF_UP);
  }

  /** The year-to-date share of the annual value at the end of {@code month}. */
  BigDecimal ytdShare(int year, int month) {
    return BigDecimal.valueOf(season[year - FIRST_YEAR][month - 1], 6);
  }
}

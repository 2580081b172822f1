package org.clusteratlas.explore;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A cluster's page: the register's facts, its figures for the year, its series and, when the
 * reader's scope covers its enterprises, a summary of its members.
 *
 * @param row the year's figures as the reader may see them
 * @param designations every designation ever granted, with its dates
 * @param annual one point per year the reader may see (December's year-to-date figures)
 * @param monthly the year's monthly year-to-date points; empty for readers who see only what was
 *     published (monthly figures are never published)
 * @param members the largest members and the dependence on them, null when outside the scope
 */
public record ClusterProfile(
    ClusterRow row,
    List<DesignationEntry> designations,
    List<SeriesPoint> annual,
    List<SeriesPoint> monthly,
    MemberSummary members) {

  public ClusterProfile {
    designations = List.copyOf(designations);
    annual = List.copyOf(annual);
    monthly = List.copyOf(monthly);
  }

  /** A designation with its dates; {@code revokedOn} null while held. */
  public record DesignationEntry(
      String kind,
      LocalDate grantedOn,
      String grantedDocument,
      LocalDate revokedOn,
      String reason) {}

  /**
   * One period's sums. Amounts in 亿元 to one decimal, growth in percent (comparable basis).
   *
   * @param period {@code 2025} for a year, {@code 2025-06} for a month's year to date
   */
  public record SeriesPoint(
      String period,
      Basis basis,
      BigDecimal revenueYi,
      BigDecimal revenueGrowthPct,
      BigDecimal profitYi,
      BigDecimal profitGrowthPct,
      Integer enterprises) {}

  /**
   * The largest members and the cluster's dependence on them.
   *
   * @param top the largest members by revenue, at most ten
   * @param top1SharePct the largest member's share of the cluster's revenue, percent
   * @param top4SharePct the four largest members' share
   * @param hhi the Herfindahl–Hirschman index of the members' revenue shares (0–10,000)
   */
  public record MemberSummary(
      List<MemberTable.Member> top,
      int members,
      BigDecimal top1SharePct,
      BigDecimal top4SharePct,
      BigDecimal hhi) {

    public MemberSummary {
      top = List.copyOf(top);
    }
  }
}

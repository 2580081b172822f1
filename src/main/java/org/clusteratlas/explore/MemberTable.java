package org.clusteratlas.explore;

import java.math.BigDecimal;
import java.util.List;

/**
 * A cluster's member enterprises with their reports for a period: confidential records (统计法),
 * returned only to a reader whose scope covers each enterprise.
 *
 * @param complete false when the reader's scope covers only some members (a city officer and a
 *     cluster spanning cities): the list holds those it covers
 */
public record MemberTable(
    long clusterId, String clusterName, int year, boolean complete, List<Member> members) {

  public MemberTable {
    members = List.copyOf(members);
  }

  /**
   * One member: its identity and its year's revenue (亿元, two decimals: one firm's 0.1亿 steps are
   * too coarse) and profit.
   */
  public record Member(
      String creditCode,
      String name,
      String regionCode,
      BigDecimal revenueYi,
      BigDecimal revenueGrowthPct,
      BigDecimal profitYi) {}
}

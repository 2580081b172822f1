package org.clusteratlas.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.clusteratlas.cluster.ClusterId;
import org.clusteratlas.shared.ReportingPeriod;

/**
 * A cluster in one period, in full: its sums ({@link Aggregate}, as {@link
 * IndicatorReadModel#byCluster} gives them), who its members are — how many of them are 专精特新,
 * 专精特新"小巨人" and 高新技术企业 (flags of the enterprise register, read as they are now), and each one's
 * 营业收入 (万元, null for a member that did not report), largest first — and their revenue of the same
 * period three years before.
 *
 * <ul>
 *   <li>Shares of members: {@link Share#percent} of the count over the members (percent, unrounded;
 *       empty for a cluster without members).
 *   <li>Top-4 share: {@link Concentration#topSharePct} of the revenues (percent, two decimals;
 *       missing revenues count as zero; empty when they are all zero).
 *   <li>Three-year compound growth of revenue, on a comparable basis as the province's growth rates
 *       are (DOMAIN.md §4): {@link CompoundGrowth#percent} from Σ revenue three years before to Σ
 *       revenue now, both over the members in this period's frame that reported both values;
 *       percent, empty when none did or the earlier sum is not positive.
 * </ul>
 *
 * @param revenueComparable3y Σ 营业收入 now of the members that reported it three years before too
 * @param revenueThreeYearsEarlier their Σ 营业收入 of the same period three years before
 */
public record ClusterComposition(
    ClusterId cluster,
    ReportingPeriod period,
    Aggregate figures,
    int specialised,
    int littleGiants,
    int highTech,
    List<BigDecimal> memberRevenues,
    BigDecimal revenueComparable3y,
    BigDecimal revenueThreeYearsEarlier) {

  public ClusterComposition {
    // nulls are members without a report, which List.copyOf would refuse
    memberRevenues = Collections.unmodifiableList(new ArrayList<>(memberRevenues));
  }

  /** The members in the period's frame. */
  public int members() {
    return figures.enterprises();
  }

  /** The data version of the reports summed. */
  public long dataVersion() {
    return figures.dataVersion();
  }

  public Optional<BigDecimal> specialisedSharePct() {
    return shareOf(specialised);
  }

  public Optional<BigDecimal> littleGiantSharePct() {
    return shareOf(littleGiants);
  }

  public Optional<BigDecimal> highTechSharePct() {
    return shareOf(highTech);
  }

  /** The four largest revenues' share of the members' total, percent. */
  public Optional<BigDecimal> top4SharePct() {
    return Concentration.topSharePct(memberRevenues, 4);
  }

  /** Compound annual growth of revenue over three years, comparable basis, percent. */
  public Optional<BigDecimal> revenueCagr3yPct() {
    return CompoundGrowth.percent(revenueThreeYearsEarlier, revenueComparable3y, 3);
  }

  private Optional<BigDecimal> shareOf(int count) {
    return Share.percent(BigDecimal.valueOf(count), BigDecimal.valueOf(members()));
  }
}

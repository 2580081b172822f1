package org.clusteratlas.indicator;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.clusteratlas.cluster.ClusterId;
import org.clusteratlas.shared.ReportingPeriod;

/**
 * Who a cluster's members are, for one period: how many are in the period's frame, how many of them
 * are 专精特新, 专精特新"小巨人" and 高新技术企业 (flags of the enterprise register, read as they are now), and each
 * one's 营业收入 (万元, null for a member that did not report), largest first.
 *
 * <p>Shares are {@link Share#percent} of the count over the members (percent, unrounded; empty for
 * a cluster without members); the top-4 share is {@link Concentration#topSharePct} of the revenues
 * (percent, two decimals; missing revenues count as zero; empty when they are all zero).
 *
 * @param dataVersion the data version of the revenues
 */
public record ClusterComposition(
    ClusterId cluster,
    ReportingPeriod period,
    int members,
    int specialised,
    int littleGiants,
    int highTech,
    List<BigDecimal> memberRevenues,
    long dataVersion) {

  public ClusterComposition {
    // nulls are members without a report, which List.copyOf would refuse
    memberRevenues =
        java.util.Collections.unmodifiableList(new java.util.ArrayList<>(memberRevenues));
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

  private Optional<BigDecimal> shareOf(int count) {
    return Share.percent(BigDecimal.valueOf(count), BigDecimal.valueOf(members));
  }
}

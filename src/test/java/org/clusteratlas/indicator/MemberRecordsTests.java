package org.clusteratlas.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.clusteratlas.AtlasIntegrationTest;
import org.clusteratlas.cluster.ClusterId;
import org.clusteratlas.shared.ReportingPeriod;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The members' records agree with the read model's own sums: the same members as {@code byCluster}
 * counts, the same revenue, and {@code outputByCluster} is the sum of their output.
 */
@AtlasIntegrationTest
class MemberRecordsTests {

  @Autowired IndicatorReadModel indicators;

  @Test
  void eachClustersMemberRecordsAddUpToItsFiguresAndItsOutput() {
    ReportingPeriod period = ReportingPeriod.annual(2025);
    Map<ClusterId, List<MemberRecord>> records = indicators.memberRecords(period);
    Map<ClusterId, ClusterFigures> figures = indicators.byCluster(period);
    Map<ClusterId, BigDecimal> output = indicators.outputByCluster(period);

    assertThat(records.keySet()).isEqualTo(figures.keySet()).hasSizeGreaterThan(100);
    for (Map.Entry<ClusterId, List<MemberRecord>> e : records.entrySet()) {
      Aggregate a = figures.get(e.getKey()).figures();
      List<MemberRecord> members = e.getValue();
      assertThat(members).as("members of " + e.getKey()).hasSize(a.enterprises());
      assertThat(sum(members.stream().map(MemberRecord::revenue).toList()))
          .as("revenue of " + e.getKey())
          .isEqualByComparingTo(a.revenue().wan());
      assertThat(sum(members.stream().map(MemberRecord::output).toList()))
          .as("output of " + e.getKey())
          .isEqualByComparingTo(output.get(e.getKey()));
    }
    // the demo reports output and employees for every member
    assertThat(records.values().stream().flatMap(List::stream))
        .allSatisfy(
            m -> {
              assertThat(m.output()).isNotNull();
              assertThat(m.employees()).isPositive();
              assertThat(m.industry()).matches("\\d{2}");
            });
  }

  private static BigDecimal sum(List<BigDecimal> values) {
    return values.stream().filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}

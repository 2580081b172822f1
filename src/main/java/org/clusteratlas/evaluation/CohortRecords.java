package org.clusteratlas.evaluation;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.clusteratlas.cluster.ClusterId;
import org.clusteratlas.indicator.ClusterComposition;
import org.clusteratlas.indicator.IndicatorReadModel;
import org.clusteratlas.shared.ReportingPeriod;
import org.springframework.stereotype.Component;

/**
 * Reads what a cohort's statistics are computed from, as of one data version, through the indicator
 * module's read model: three queries for every cluster at once — the year's sums, the sums of three
 * years before, and the year's compositions.
 */
@Component
class CohortRecords {

  private final IndicatorReadModel indicators;

  CohortRecords(IndicatorReadModel indicators) {
    this.indicators = indicators;
  }

  long currentVersion() {
    return indicators.currentVersion();
  }

  /** Each cluster of {@code cohort}, with {@link ClusterRecords#none()} for one without members. */
  Map<ClusterId, ClusterRecords> read(int year, long dataVersion, Collection<ClusterId> cohort) {
    Map<ClusterId, ClusterComposition> compositions =
        indicators.compositions(ReportingPeriod.annual(year), dataVersion);
    Map<ClusterId, ClusterRecords> records = new LinkedHashMap<>();
    for (ClusterId id : cohort) {
      ClusterComposition composition = compositions.get(id);
      records.put(
          id, composition == null ? ClusterRecords.none() : new ClusterRecords(composition));
    }
    return records;
  }
}

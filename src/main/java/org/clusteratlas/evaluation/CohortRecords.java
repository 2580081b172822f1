package org.clusteratlas.evaluation;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.clusteratlas.cluster.ClusterId;
import org.clusteratlas.indicator.ClusterComposition;
import org.clusteratlas.indicator.IndicatorReadModel;
import org.clusteratlas.selfreport.SelfReports;
import org.clusteratlas.selfreport.SubmittedReport;
import org.clusteratlas.shared.ReportingPeriod;
import org.springframework.stereotype.Component;

/**
 * Reads what a cohort's raw values are computed from: the statistics' records as of one data
 * version, through the indicator module's read model (three queries for every cluster at once — the
 * year's sums, the sums of three years before, and the year's compositions), and the clusters'
 * annual self-reports as of one self-report version (one query).
 */
@Component
class CohortRecords {

  private final IndicatorReadModel indicators;
  private final SelfReports selfReports;

  CohortRecords(IndicatorReadModel indicators, SelfReports selfReports) {
    this.indicators = indicators;
    this.selfReports = selfReports;
  }

  long currentVersion() {
    return indicators.currentVersion();
  }

  long currentSelfReportVersion() {
    return selfReports.currentVersion();
  }

  /**
   * Each cluster of {@code cohort}, with {@link ClusterRecords#none()} for one without members, and
   * with the self-report that counts as of {@code selfReportVersion}, if any.
   */
  Map<ClusterId, ClusterRecords> read(
      int year, long dataVersion, long selfReportVersion, Collection<ClusterId> cohort) {
    Map<ClusterId, ClusterComposition> compositions =
        indicators.compositions(ReportingPeriod.annual(year), dataVersion);
    Map<ClusterId, SubmittedReport> reports = selfReports(year, selfReportVersion, cohort);
    Map<ClusterId, ClusterRecords> records = new LinkedHashMap<>();
    for (ClusterId id : cohort) {
      ClusterComposition composition = compositions.get(id);
      ClusterRecords r =
          composition == null ? ClusterRecords.none() : new ClusterRecords(composition);
      records.put(id, r.withSelfReport(reports.get(id)));
    }
    return records;
  }

  /** The self-reports of {@code year} that count as of {@code version}, by cluster. */
  Map<ClusterId, SubmittedReport> selfReports(
      int year, long version, Collection<ClusterId> clusters) {
    return selfReports.submittedAsOf(year, version, clusters);
  }
}

package org.clusteratlas.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.clusteratlas.indicator.Aggregate;
import org.clusteratlas.indicator.ClusterFigures;
import org.clusteratlas.indicator.IndicatorReadModel;
import org.clusteratlas.shared.ReportingPeriod;
import org.clusteratlas.statistics.ReportStore;
import org.springframework.stereotype.Component;

/**
 * {@code indicators}: each cluster's sums for every reported month of the year, as the read model
 * computes them (members on the month's last day, in the year's frame). The comparable sums behind
 * each growth rate follow the promised columns, so a growth rate can be checked without the
 * reports. Months without any report are left out: no figures yet is not figures of zero.
 */
@Component
class IndicatorsTable implements ExportTable {

  private static final List<Column> COLUMNS =
      List.of(
          Column.number("cluster_id"),
          Column.number("year"),
          Column.number("month"),
          Column.number("revenue"),
          Column.number("revenue_growth_pct"),
          Column.number("profit"),
          Column.number("profit_growth_pct"),
          Column.text("tier"),
          Column.number("enterprises"),
          Column.number("revenue_comparable"),
          Column.number("revenue_comparable_last_year"),
          Column.number("profit_comparable"),
          Column.number("profit_comparable_last_year"));

  private final IndicatorReadModel indicators;
  private final ReportStore reports;

  IndicatorsTable(IndicatorReadModel indicators, ReportStore reports) {
    this.indicators = indicators;
    this.reports = reports;
  }

  @Override
  public ExportKind kind() {
    return ExportKind.INDICATORS;
  }

  @Override
  public List<Column> columns() {
    return COLUMNS;
  }

  @Override
  public void rows(Integer year, CsvExportWriter out) {
    // at most 12 rows per cluster: small enough to order by cluster, then month
    SortedMap<Long, List<ClusterFigures>> byCluster = new TreeMap<>();
    for (int month : reports.monthsReported(year)) {
      for (ClusterFigures f : indicators.byCluster(new ReportingPeriod(year, month)).values()) {
        byCluster.computeIfAbsent(f.cluster().value(), id -> new ArrayList<>()).add(f);
      }
    }
    for (List<ClusterFigures> months : byCluster.values()) {
      for (ClusterFigures f : months) {
        Aggregate a = f.figures();
        out.row(
            f.cluster().value(),
            f.period().year(),
            f.period().month(),
            a.revenue().wan(),
            twoDecimals(a.revenueGrowthPct()),
            a.profit().wan(),
            twoDecimals(a.profitGrowthPct()),
            a.tier().code(),
            a.enterprises(),
            a.revenueComparable(),
            a.revenueComparableLastYear(),
            a.profitComparable(),
            a.profitComparableLastYear());
      }
    }
  }

  private static BigDecimal twoDecimals(Optional<BigDecimal> percent) {
    return percent.map(p -> p.setScale(2, RoundingMode.HALF_UP)).orElse(null);
  }
}

package org.clusteratlas.statistics;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import org.clusteratlas.enterprise.EnterpriseId;
import org.clusteratlas.shared.ReportingPeriod;

/** Stores and reads enterprise reports. */
public interface ReportStore {

  List<IndicatorDefinition> catalogue();

  /**
   * Stores one report, replacing the enterprise's earlier value for the same period and indicator.
   * Refused for an unknown enterprise or indicator, or a negative value where the indicator allows
   * none.
   */
  void record(EnterpriseReport report);

  /**
   * Loads reports in bulk into an empty report table; the loader calls the sink once per row.
   * Returns the number of rows loaded.
   */
  long bulkLoad(Consumer<Sink> loader);

  /**
   * Calls {@code row} for each report of {@code year}, ordered by enterprise, month, indicator.
   * Inside a transaction the rows are fetched in batches, so a whole year never sits in memory.
   */
  void forEachOfYear(int year, Consumer<ReportRow> row);

  /**
   * The months of {@code year} for which at least one report is stored, ascending. A month without
   * any report has no figures yet, which is not the same as figures of zero.
   */
  List<Integer> monthsReported(int year);

  /** Receives bulk rows. */
  interface Sink {
    void add(
        EnterpriseId enterprise,
        ReportingPeriod period,
        IndicatorCode indicator,
        BigDecimal value,
        BigDecimal samePeriodLastYear);
  }

  /** A stored report as exported: the credit code, period, indicator, values and unit. */
  record ReportRow(
      String creditCode,
      int year,
      int month,
      String indicator,
      BigDecimal value,
      BigDecimal samePeriodLastYear,
      String unit) {}
}

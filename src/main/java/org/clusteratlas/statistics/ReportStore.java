package org.clusteratlas.statistics;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.clusteratlas.enterprise.EnterpriseId;
import org.clusteratlas.shared.Actor;
import org.clusteratlas.shared.ReportingPeriod;

/** Stores and reads enterprise reports. */
public interface ReportStore {

  List<IndicatorDefinition> catalogue();

  /**
   * Stores one report as a data version of its own: a new report, or a revision of the stored one
   * that keeps the old value. Refused for an unknown enterprise or indicator, or a negative value
   * where the indicator allows none. Returns the version, or empty if the values were already
   * stored.
   */
  java.util.OptionalLong record(EnterpriseReport report, Actor actor, String reason);

  /**
   * Loads reports in bulk into an empty report table as one data version; the loader calls the sink
   * once per row. Returns the number of rows loaded.
   */
  long bulkLoad(Actor actor, String reason, Consumer<Sink> loader);

  /**
   * Starts a data version written in the caller's transaction (see {@link ReportWriter}); {@code
   * kind} is {@code import} or {@code edit}, {@code source} names what it came from.
   */
  ReportWriter openWriter(Actor actor, String kind, String source, String reason);

  /** The newest data version. */
  long currentVersion();

  Optional<DataVersion> version(long id);

  /** The newest version created at or before {@code instant}, e.g. a bulletin's publication. */
  Optional<DataVersion> versionAt(Instant instant);

  /** Every value the report has had, oldest first; empty if none was ever stored. */
  List<ReportVersion> history(
      org.clusteratlas.enterprise.CreditCode enterprise,
      ReportingPeriod period,
      IndicatorCode indicator);

  /** Calls {@code report} for every stored report of the period (all indicators), unordered. */
  void forEachInPeriod(ReportingPeriod period, Consumer<StoredReport> report);

  /**
   * The reports as they stood at data version {@code :version_parameter}, as an SQL relation with
   * the report table's columns {@code year, month, indicator_id, enterprise_id, value,
   * same_period_last_year}: the reports written up to that version, and for those revised since,
   * the value each revision replaced.
   */
  static String reportsAsOf(String versionParameter) {
    String v = ":" + versionParameter;
    return "(select year, month, indicator_id, enterprise_id, value, same_period_last_year from"
        + " report where version <= "
        + v
        + " union all select year, month, indicator_id, enterprise_id, old_value,"
        + " old_same_period from report_revision where data_version > "
        + v
        + " and old_version <= "
        + v
        + ")";
  }

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

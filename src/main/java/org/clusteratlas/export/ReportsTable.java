package org.clusteratlas.export;

import java.util.List;
import org.clusteratlas.statistics.ReportStore;
import org.springframework.stereotype.Component;

/**
 * {@code reports}: one year's enterprise reports, year-to-date, with the same period last year —
 * the raw material of every amount and growth rate. About 1.4 million rows for a full year, so they
 * stream from the store to the file.
 */
@Component
class ReportsTable implements ExportTable {

  private static final List<Column> COLUMNS =
      List.of(
          Column.text("credit_code"),
          Column.number("year"),
          Column.number("month"),
          Column.text("indicator"),
          Column.number("value"),
          Column.number("same_period_last_year"),
          Column.text("unit"));

  private final ReportStore reports;

  ReportsTable(ReportStore reports) {
    this.reports = reports;
  }

  @Override
  public ExportKind kind() {
    return ExportKind.REPORTS;
  }

  @Override
  public List<Column> columns() {
    return COLUMNS;
  }

  @Override
  public void rows(Integer year, CsvExportWriter out) {
    reports.forEachOfYear(
        year,
        r ->
            out.row(
                r.creditCode(),
                r.year(),
                r.month(),
                r.indicator(),
                r.value(),
                r.samePeriodLastYear(),
                r.unit()));
  }
}

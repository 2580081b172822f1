package org.clusteratlas.statistics;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.clusteratlas.enterprise.EnterpriseId;
import org.clusteratlas.enterprise.EnterpriseRegister;
import org.clusteratlas.shared.RuleViolation;
import org.clusteratlas.storage.BulkCopy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcReportStore implements ReportStore {

  /**
   * Rows fetched per round trip by {@link #forEachOfYear}: a year holds about 1.4 million rows,
   * which PostgreSQL's driver would otherwise read into memory at once (it streams only inside a
   * transaction and with a fetch size).
   */
  private static final int FETCH_SIZE = 10_000;

  private final JdbcClient jdbc;
  private final BulkCopy copy;
  private final EnterpriseRegister enterprises;
  private volatile List<IndicatorDefinition> catalogue;

  JdbcReportStore(JdbcClient jdbc, BulkCopy copy, EnterpriseRegister enterprises) {
    this.jdbc = jdbc;
    this.copy = copy;
    this.enterprises = enterprises;
  }

  @Override
  public List<IndicatorDefinition> catalogue() {
    if (catalogue == null) {
      catalogue =
          jdbc.sql(
                  "select id, code, name_zh, name_en, unit, may_be_negative from"
                      + " indicator_definition order by id")
              .query(
                  (rs, n) ->
                      new IndicatorDefinition(
                          rs.getShort(1),
                          new IndicatorCode(rs.getString(2)),
                          rs.getString(3),
                          rs.getString(4),
                          rs.getString(5),
                          rs.getBoolean(6)))
              .list();
    }
    return catalogue;
  }

  private IndicatorDefinition definition(IndicatorCode code) {
    return catalogue().stream()
        .filter(d -> d.code().equals(code))
        .findFirst()
        .orElseThrow(() -> new RuleViolation("indicator.unknown", code));
  }

  @Override
  @Transactional
  public void record(EnterpriseReport r) {
    IndicatorDefinition d = definition(r.indicator());
    EnterpriseId id =
        enterprises
            .idOf(r.enterprise())
            .orElseThrow(() -> new RuleViolation("report.enterprise-unknown", r.enterprise()));
    for (BigDecimal v : new BigDecimal[] {r.value(), r.samePeriodLastYear()}) {
      if (v != null && v.signum() < 0 && !d.mayBeNegative()) {
        throw new RuleViolation("report.negative", v.toPlainString(), d.nameZh(), r.enterprise());
      }
    }
    jdbc.sql(
            "insert into report (year, month, indicator_id, enterprise_id, value,"
                + " same_period_last_year) values (?, ?, ?, ?, ?, ?) on conflict (year, month,"
                + " indicator_id, enterprise_id) do update set value = excluded.value,"
                + " same_period_last_year = excluded.same_period_last_year")
        .params(
            r.period().year(),
            r.period().month(),
            d.id(),
            id.value(),
            r.value(),
            r.samePeriodLastYear())
        .update();
  }

  @Override
  @Transactional
  public long bulkLoad(Consumer<Sink> loader) {
    if (jdbc.sql("select exists (select 1 from report)").query(Boolean.class).single()) {
      throw new RuleViolation("report.bulk-load-not-empty", "report");
    }
    Map<IndicatorCode, Short> ids =
        catalogue().stream()
            .collect(Collectors.toMap(IndicatorDefinition::code, IndicatorDefinition::id));
    boolean skipped = copy.skipRowTriggersInTransaction();
    long rows;
    try (BulkCopy.Writer w =
        copy.open(
            "report (year, month, indicator_id, enterprise_id, value, same_period_last_year)")) {
      loader.accept(
          (enterprise, period, indicator, value, lastYear) -> {
            Short indicatorId = ids.get(indicator);
            if (indicatorId == null) {
              throw new RuleViolation("indicator.unknown", indicator);
            }
            w.row(period.year(), period.month(), indicatorId, enterprise.value(), value, lastYear);
          });
      rows = w.rows();
    }
    if (skipped) {
      copy.restoreRowTriggers();
      long orphans =
          jdbc.sql(
                  "select count(*) from report r where not exists (select 1 from enterprise e where"
                      + " e.id = r.enterprise_id)")
              .query(Long.class)
              .single();
      if (orphans > 0) {
        throw new RuleViolation("report.enterprise-unknown", orphans + " rows");
      }
    }
    return rows;
  }

  @Override
  public void forEachOfYear(int year, Consumer<ReportRow> row) {
    jdbc.sql(
            "select e.credit_code, r.year, r.month, d.code, r.value, r.same_period_last_year, d.unit"
                + " from report r join enterprise e on e.id = r.enterprise_id join"
                + " indicator_definition d on d.id = r.indicator_id where r.year = ? order by"
                + " e.credit_code, r.month, d.id")
        .withFetchSize(FETCH_SIZE)
        .param(year)
        .query(
            rs -> {
              row.accept(
                  new ReportRow(
                      rs.getString(1),
                      rs.getInt(2),
                      rs.getInt(3),
                      rs.getString(4),
                      rs.getBigDecimal(5),
                      rs.getBigDecimal(6),
                      rs.getString(7)));
            });
  }

  @Override
  public List<Integer> monthsReported(int year) {
    // one index probe per month instead of scanning the year's rows
    return jdbc.sql(
            "select m from generate_series(1, 12) m where exists (select 1 from report where year"
                + " = ? and month = m) order by m")
        .param(year)
        .query(Integer.class)
        .list();
  }
}

package org.clusteratlas.statistics;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.clusteratlas.enterprise.EnterpriseId;
import org.clusteratlas.enterprise.EnterpriseRegister;
import org.clusteratlas.shared.Actor;
import org.clusteratlas.shared.ReportingPeriod;
import org.clusteratlas.shared.RuleViolation;
import org.clusteratlas.storage.BulkCopy;
import org.springframework.jdbc.core.RowCallbackHandler;
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
  private final Clock clock;
  private volatile List<IndicatorDefinition> catalogue;

  JdbcReportStore(JdbcClient jdbc, BulkCopy copy, EnterpriseRegister enterprises, Clock clock) {
    this.jdbc = jdbc;
    this.copy = copy;
    this.enterprises = enterprises;
    this.clock = clock;
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
  public OptionalLong record(EnterpriseReport r, Actor actor, String reason) {
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
    Optional<StoredReport> stored =
        jdbc.sql(
                "select enterprise_id, indicator_id, value, same_period_last_year, version from"
                    + " report where year = ? and month = ? and indicator_id = ? and enterprise_id"
                    + " = ? for update")
            .params(r.period().year(), r.period().month(), d.id(), id.value())
            .query(JdbcReportStore::stored)
            .optional();
    if (stored.isPresent()
        && same(stored.get().value(), r.value())
        && same(stored.get().samePeriodLastYear(), r.samePeriodLastYear())) {
      return OptionalLong.empty();
    }
    ReportWriter writer = openWriter(actor, "edit", r.enterprise().value(), reason);
    if (stored.isPresent()) {
      writer.revise(
          id.value(),
          r.period(),
          d.id(),
          stored.get(),
          r.value(),
          r.samePeriodLastYear(),
          false,
          null);
    } else {
      writer.insert(id.value(), r.period(), d.id(), r.value(), r.samePeriodLastYear(), false);
    }
    return writer.finish();
  }

  /** Equal values, the scale aside; missing equals only missing. */
  private static boolean same(BigDecimal a, BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }

  @Override
  public ReportWriter openWriter(Actor actor, String kind, String source, String reason) {
    if (reason == null || reason.isBlank()) {
      throw new RuleViolation("report.reason-missing", reason);
    }
    long version =
        jdbc.sql(
                "insert into data_version (created_at, actor_name, actor_role, actor_region, kind,"
                    + " source, reason) values (?, ?, ?, ?, ?, ?, ?) returning id")
            .params(
                Timestamp.from(clock.instant()),
                actor.name(),
                actor.role().name(),
                actor.regionCode(),
                kind,
                source,
                reason)
            .query(Long.class)
            .single();
    return new JdbcReportWriter(jdbc, copy, version);
  }

  @Override
  public long currentVersion() {
    return jdbc.sql("select max(id) from data_version").query(Long.class).single();
  }

  @Override
  public Optional<DataVersion> version(long id) {
    return jdbc.sql(VERSION_COLUMNS + " where id = ?")
        .param(id)
        .query(JdbcReportStore::dataVersion)
        .optional();
  }

  @Override
  public Optional<DataVersion> versionAt(Instant instant) {
    return jdbc.sql(VERSION_COLUMNS + " where created_at <= ? order by id desc limit 1")
        .param(Timestamp.from(instant))
        .query(JdbcReportStore::dataVersion)
        .optional();
  }

  private static final String VERSION_COLUMNS =
      "select id, created_at, actor_name, actor_role, actor_region, kind, source, reason from"
          + " data_version";

  private static DataVersion dataVersion(ResultSet rs, int n) throws SQLException {
    return new DataVersion(
        rs.getLong(1),
        rs.getTimestamp(2).toInstant(),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getString(7),
        rs.getString(8));
  }

  private static StoredReport stored(ResultSet rs, int n) throws SQLException {
    return new StoredReport(
        rs.getInt(1), rs.getShort(2), rs.getBigDecimal(3), rs.getBigDecimal(4), rs.getLong(5));
  }

  @Override
  public List<ReportVersion> history(
      org.clusteratlas.enterprise.CreditCode enterprise,
      ReportingPeriod period,
      IndicatorCode indicator) {
    // each revision holds the value it replaced; the report row holds the latest
    return jdbc.sql(
            "with k as (select e.id as enterprise_id, d.id as indicator_id from enterprise e,"
                + " indicator_definition d where e.credit_code = :code and d.code = :indicator),"
                + " v as (select old_version as version, old_value as value, old_same_period as"
                + " same, null::text as explanation, false as current from report_revision r join"
                + " k using (enterprise_id, indicator_id) where r.year = :year and r.month = :month"
                + " union all select r.version, r.value, r.same_period_last_year, (select"
                + " explanation from report_revision x where x.data_version = r.version and"
                + " x.year = r.year and x.month = r.month and x.indicator_id = r.indicator_id and"
                + " x.enterprise_id = r.enterprise_id), true from report r join k using"
                + " (enterprise_id, indicator_id) where r.year = :year and r.month = :month)"
                + " select v.version, d.created_at, d.actor_name, d.reason, v.value, v.same,"
                + " v.explanation, v.current from v join data_version d on d.id = v.version order"
                + " by v.version")
        .param("code", enterprise.value())
        .param("indicator", indicator.value())
        .param("year", period.year())
        .param("month", period.month())
        .query(
            (rs, n) ->
                new ReportVersion(
                    rs.getLong(1),
                    rs.getTimestamp(2).toInstant(),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getBigDecimal(5),
                    rs.getBigDecimal(6),
                    rs.getString(7),
                    rs.getBoolean(8)))
        .list();
  }

  @Override
  public void forEachInPeriod(ReportingPeriod period, Consumer<StoredReport> report) {
    jdbc.sql(
            "select enterprise_id, indicator_id, value, same_period_last_year, version from report"
                + " where year = ? and month = ?")
        .withFetchSize(FETCH_SIZE)
        .params(period.year(), period.month())
        .query((RowCallbackHandler) rs -> report.accept(stored(rs, 0)));
  }

  @Override
  @Transactional
  public long bulkLoad(Actor actor, String reason, Consumer<Sink> loader) {
    if (jdbc.sql("select exists (select 1 from report)").query(Boolean.class).single()) {
      throw new RuleViolation("report.bulk-load-not-empty", "report");
    }
    Map<IndicatorCode, Short> ids =
        catalogue().stream()
            .collect(Collectors.toMap(IndicatorDefinition::code, IndicatorDefinition::id));
    long version = openWriter(actor, "bulk_load", null, reason).version();
    boolean skipped = copy.skipRowTriggersInTransaction();
    long rows;
    try (BulkCopy.Writer w =
        copy.open(
            "report (year, month, indicator_id, enterprise_id, value, same_period_last_year,"
                + " version)")) {
      loader.accept(
          (enterprise, period, indicator, value, lastYear) -> {
            Short indicatorId = ids.get(indicator);
            if (indicatorId == null) {
              throw new RuleViolation("indicator.unknown", indicator);
            }
            w.row(
                period.year(),
                period.month(),
                indicatorId,
                enterprise.value(),
                value,
                lastYear,
                version);
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

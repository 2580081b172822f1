package org.clusteratlas.indicator;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.clusteratlas.cluster.ClusterId;
import org.clusteratlas.shared.Money;
import org.clusteratlas.shared.ReportingPeriod;
import org.clusteratlas.shared.RuleViolation;
import org.clusteratlas.statistics.ReportStore;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The read model in SQL. Indicator ids 1 and 2 are 营业收入 and 利润总额 of the catalogue (V1). Sums run in
 * PostgreSQL's NUMERIC, exactly.
 *
 * <p>The current version is read from the report table itself, the path the benchmarks measure; an
 * earlier one from {@link ReportStore#reportsAsOf} in the table's place. Each query also returns
 * the newest data version its own snapshot sees, so a current result is labelled with exactly the
 * data it summed, even when a write commits between two statements.
 */
@Service
class JdbcIndicatorReadModel implements IndicatorReadModel {

  /** Members on the period's last day that are in the period's frame, one row per pair. */
  private static final String MEMBERS =
      "select distinct m.cluster_id, m.enterprise_id from membership m join enterprise_frame f on"
          + " f.enterprise_id = m.enterprise_id and f.year = :year where m.valid_from <= :end and"
          + " (m.valid_to is null or m.valid_to >= :end)";

  private static final String SUMS =
      " sum(r.value) filter (where r.indicator_id = 1),"
          + " sum(r.value) filter (where r.indicator_id = 1 and r.same_period_last_year is not null),"
          + " sum(r.same_period_last_year) filter (where r.indicator_id = 1 and r.value is not null),"
          + " sum(r.value) filter (where r.indicator_id = 2),"
          + " sum(r.value) filter (where r.indicator_id = 2 and r.same_period_last_year is not null),"
          + " sum(r.same_period_last_year) filter (where r.indicator_id = 2 and r.value is not null),"
          + " count(distinct x.enterprise_id),"
          + " (select max(id) from data_version)";

  private static final String REPORTS_AS_OF = ReportStore.reportsAsOf("version");

  private final JdbcClient jdbc;
  private final ReportStore reports;

  JdbcIndicatorReadModel(JdbcClient jdbc, ReportStore reports) {
    this.jdbc = jdbc;
    this.reports = reports;
  }

  /** The current reports when {@code asOf} is null, else those as of that version. */
  private static String joinReports(Long asOf) {
    return " left join "
        + (asOf == null ? "report" : REPORTS_AS_OF)
        + " r on r.enterprise_id = x.enterprise_id and r.year = :year and r.month = :month and"
        + " r.indicator_id in (1, 2)";
  }

  @Override
  public long currentVersion() {
    return reports.currentVersion();
  }

  @Override
  public Map<ClusterId, ClusterFigures> byCluster(ReportingPeriod period) {
    return byCluster(period, null);
  }

  @Override
  public Map<ClusterId, ClusterFigures> byCluster(ReportingPeriod period, long dataVersion) {
    // an empty map (no cluster with members) is the same at every version
    return asOf(
        dataVersion,
        asOf -> byCluster(period, asOf),
        figures -> figures.values().stream().allMatch(f -> f.dataVersion() == dataVersion));
  }

  private Map<ClusterId, ClusterFigures> byCluster(ReportingPeriod period, Long asOf) {
    Map<ClusterId, ClusterFigures> result = new LinkedHashMap<>();
    jdbc.sql(
            "select x.cluster_id,"
                + SUMS
                + " from ("
                + MEMBERS
                + ") x"
                + joinReports(asOf)
                + " group by x.cluster_id order by x.cluster_id")
        .param("year", period.year())
        .param("month", period.month())
        .param("end", Date.valueOf(period.endDate()))
        .param("version", asOf)
        .query(
            rs -> {
              ClusterId id = new ClusterId(rs.getLong(1));
              result.put(id, new ClusterFigures(id, period, aggregate(rs, 2, asOf)));
            });
    return result;
  }

  @Override
  public Aggregate union(Collection<ClusterId> clusters, ReportingPeriod period) {
    return union(clusters, period, (Long) null);
  }

  @Override
  public Aggregate union(Collection<ClusterId> clusters, ReportingPeriod period, long dataVersion) {
    return asOf(
        dataVersion, asOf -> union(clusters, period, asOf), a -> a.dataVersion() == dataVersion);
  }

  private Aggregate union(Collection<ClusterId> clusters, ReportingPeriod period, Long asOf) {
    if (clusters.isEmpty()) {
      return Aggregate.none(asOf != null ? asOf : currentVersion());
    }
    Long[] ids = clusters.stream().map(ClusterId::value).toArray(Long[]::new);
    return jdbc.sql(
            "select"
                + SUMS
                + " from (select distinct enterprise_id from ("
                + MEMBERS
                + ") m where m.cluster_id = any(:ids)) x"
                + joinReports(asOf))
        .param("year", period.year())
        .param("month", period.month())
        .param("end", Date.valueOf(period.endDate()))
        .param("ids", ids)
        .param("version", asOf)
        .query((rs, n) -> aggregate(rs, 1, asOf))
        .single();
  }

  @Override
  public Aggregate province(ReportingPeriod period) {
    return province(period, (Long) null);
  }

  @Override
  public Aggregate province(ReportingPeriod period, long dataVersion) {
    return asOf(dataVersion, asOf -> province(period, asOf), a -> a.dataVersion() == dataVersion);
  }

  private Aggregate province(ReportingPeriod period, Long asOf) {
    return jdbc.sql(
            "select"
                + SUMS
                + " from (select enterprise_id from enterprise_frame where year = :year) x"
                + joinReports(asOf))
        .param("year", period.year())
        .param("month", period.month())
        .param("version", asOf)
        .query((rs, n) -> aggregate(rs, 1, asOf))
        .single();
  }

  @Override
  public List<Integer> years() {
    return jdbc.sql("select distinct year from enterprise_frame order by year")
        .query(Integer.class)
        .list();
  }

  @Override
  public List<ClusterFigures> series(ClusterId cluster, int firstYear, int lastYear) {
    List<ClusterFigures> series = new ArrayList<>();
    jdbc.sql(
            "with p as (select y::smallint as year, m::smallint as month, (make_date(y, m, 1) +"
                + " interval '1 month' - interval '1 day')::date as end_date from"
                + " generate_series(:first, :last) y cross join generate_series(1, 12) m),"
                + " x as (select distinct p.year, p.month, m.enterprise_id from p join membership m"
                + " on m.cluster_id = :id and m.valid_from <= p.end_date and (m.valid_to is null or"
                + " m.valid_to >= p.end_date) join enterprise_frame f on f.enterprise_id ="
                + " m.enterprise_id and f.year = p.year)"
                + " select x.year, x.month,"
                + SUMS
                + " from x left join report r on r.enterprise_id = x.enterprise_id and r.year ="
                + " x.year and r.month = x.month and r.indicator_id in (1, 2)"
                + " group by x.year, x.month having count(r.value) > 0 order by x.year, x.month")
        .param("first", firstYear)
        .param("last", lastYear)
        .param("id", cluster.value())
        .query(
            rs -> {
              ReportingPeriod period = new ReportingPeriod(rs.getInt(1), rs.getInt(2));
              series.add(new ClusterFigures(cluster, period, aggregate(rs, 3, null)));
            });
    return series;
  }

  @Override
  public List<MemberFigures> members(ClusterId cluster, ReportingPeriod period) {
    return jdbc.sql(
            "select e.id, e.credit_code, e.name, e.region_code,"
                + " max(r.value) filter (where r.indicator_id = 1),"
                + " max(r.same_period_last_year) filter (where r.indicator_id = 1),"
                + " max(r.value) filter (where r.indicator_id = 2)"
                + " from ("
                + MEMBERS
                + " and m.cluster_id = :id) x join enterprise e on e.id = x.enterprise_id"
                + joinReports(null)
                + " group by e.id order by 5 desc nulls last, e.id")
        .param("year", period.year())
        .param("month", period.month())
        .param("end", Date.valueOf(period.endDate()))
        .param("id", cluster.value())
        .query(
            (rs, n) ->
                new MemberFigures(
                    rs.getInt(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    money(rs.getBigDecimal(5)),
                    rs.getBigDecimal(6),
                    money(rs.getBigDecimal(7))))
        .list();
  }

  @Override
  public Map<ClusterId, ClusterComposition> compositions(ReportingPeriod period, long dataVersion) {
    return asOf(
        dataVersion,
        asOf -> compositions(period, asOf),
        c -> c.values().stream().allMatch(f -> f.dataVersion() == dataVersion));
  }

  private Map<ClusterId, ClusterComposition> compositions(ReportingPeriod period, Long asOf) {
    Map<ClusterId, ClusterComposition> result = new LinkedHashMap<>();
    // the sums as byCluster's, and in the same statement the flags, the revenues and the revenue
    // three years before (joined to the revenue rows only, so each member counts once)
    jdbc.sql(
            "select x.cluster_id,"
                + SUMS
                + ", count(distinct x.enterprise_id) filter (where e.specialised),"
                + " count(distinct x.enterprise_id) filter (where e.little_giant),"
                + " count(distinct x.enterprise_id) filter (where e.high_tech),"
                + " array_agg(r.value order by r.value desc nulls last) filter (where"
                + " r.indicator_id = 1),"
                + " sum(r.value) filter (where r.indicator_id = 1 and r3.value is not null),"
                + " sum(r3.value) filter (where r.value is not null)"
                + " from ("
                + MEMBERS
                + ") x join enterprise e on e.id = x.enterprise_id"
                + joinReports(asOf)
                + " left join "
                + (asOf == null ? "report" : REPORTS_AS_OF)
                + " r3 on r.indicator_id = 1 and r3.enterprise_id = x.enterprise_id and r3.year ="
                + " :earlier and r3.month = :month and r3.indicator_id = 1"
                + " group by x.cluster_id order by x.cluster_id")
        .param("year", period.year())
        .param("earlier", period.year() - 3)
        .param("month", period.month())
        .param("end", Date.valueOf(period.endDate()))
        .param("version", asOf)
        .query(
            (RowCallbackHandler)
                rs -> {
                  ClusterId id = new ClusterId(rs.getLong(1));
                  java.sql.Array revenues = rs.getArray(13);
                  List<BigDecimal> values =
                      revenues == null
                          ? List.of()
                          : java.util.Arrays.asList((BigDecimal[]) revenues.getArray());
                  if (revenues != null) {
                    revenues.free();
                  }
                  result.put(
                      id,
                      new ClusterComposition(
                          id,
                          period,
                          aggregate(rs, 2, asOf),
                          rs.getInt(10),
                          rs.getInt(11),
                          rs.getInt(12),
                          values,
                          zero(rs.getBigDecimal(14)),
                          zero(rs.getBigDecimal(15))));
                });
    return result;
  }

  @Override
  public Map<ClusterId, List<MemberRecord>> memberRecords(ReportingPeriod period) {
    Map<ClusterId, List<MemberRecord>> result = new LinkedHashMap<>();
    // indicator ids 3 and 5 are 工业总产值 and 从业人员平均人数 of the catalogue (V1)
    // each enterprise's reports pivoted once, then joined to the memberships: a member of two
    // clusters is not looked up twice
    jdbc.sql(
            "with r as (select enterprise_id,"
                + " max(value) filter (where indicator_id = 1) as revenue,"
                + " max(same_period_last_year) filter (where indicator_id = 1) as revenue_ly,"
                + " max(value) filter (where indicator_id = 3) as output,"
                + " max(same_period_last_year) filter (where indicator_id = 3) as output_ly,"
                + " max(value) filter (where indicator_id = 5) as employees"
                + " from report where year = :year and month = :month and indicator_id in (1, 3, 5)"
                + " group by enterprise_id)"
                + " select x.cluster_id, e.id, e.industry_code, e.specialised, e.little_giant,"
                + " e.high_tech, r.revenue, r.revenue_ly, r.output, r.output_ly, r.employees"
                + " from ("
                + MEMBERS
                + ") x join enterprise e on e.id = x.enterprise_id left join r on r.enterprise_id ="
                + " x.enterprise_id order by x.cluster_id, e.id")
        .param("year", period.year())
        .param("month", period.month())
        .param("end", Date.valueOf(period.endDate()))
        .query(
            (RowCallbackHandler)
                rs ->
                    result
                        .computeIfAbsent(new ClusterId(rs.getLong(1)), k -> new ArrayList<>())
                        .add(
                            new MemberRecord(
                                rs.getInt(2),
                                rs.getString(3),
                                rs.getBoolean(4),
                                rs.getBoolean(5),
                                rs.getBoolean(6),
                                rs.getBigDecimal(7),
                                rs.getBigDecimal(8),
                                rs.getBigDecimal(9),
                                rs.getBigDecimal(10),
                                rs.getBigDecimal(11))));
    return result;
  }

  @Override
  public Map<ClusterId, BigDecimal> outputByCluster(ReportingPeriod period) {
    Map<ClusterId, BigDecimal> result = new LinkedHashMap<>();
    jdbc.sql(
            "select x.cluster_id, sum(r.value) from ("
                + MEMBERS
                + ") x join report r on r.enterprise_id = x.enterprise_id and r.year = :year and"
                + " r.month = :month and r.indicator_id = 3 where r.value is not null"
                + " group by x.cluster_id order by x.cluster_id")
        .param("year", period.year())
        .param("month", period.month())
        .param("end", Date.valueOf(period.endDate()))
        .query(
            (RowCallbackHandler)
                rs -> result.put(new ClusterId(rs.getLong(1)), rs.getBigDecimal(2)));
    return result;
  }

  @Override
  public RegionFigures region(String regionPattern, ReportingPeriod period) {
    Aggregate total =
        jdbc.sql(
                "select"
                    + SUMS
                    + " from (select f.enterprise_id from enterprise_frame f join enterprise e on"
                    + " e.id = f.enterprise_id where f.year = :year and e.region_code like"
                    + " :pattern) x"
                    + joinReports(null))
            .param("year", period.year())
            .param("month", period.month())
            .param("pattern", regionPattern)
            .query((rs, n) -> aggregate(rs, 1, null))
            .single();
    Map<ClusterId, Aggregate> byCluster = new LinkedHashMap<>();
    jdbc.sql(
            "select x.cluster_id,"
                + SUMS
                + " from ("
                + MEMBERS
                + " and m.enterprise_id in (select id from enterprise where region_code like"
                + " :pattern)) x"
                + joinReports(null)
                + " group by x.cluster_id order by x.cluster_id")
        .param("year", period.year())
        .param("month", period.month())
        .param("end", Date.valueOf(period.endDate()))
        .param("pattern", regionPattern)
        .query(
            (RowCallbackHandler)
                rs -> byCluster.put(new ClusterId(rs.getLong(1)), aggregate(rs, 2, null)));
    return new RegionFigures(total, byCluster);
  }

  /**
   * Runs {@code query} for the reports as of {@code dataVersion}: over the report table (argument
   * null) when that is the current version and the query's own snapshot still saw it current
   * ({@code sawVersion}), else over the reports as of it.
   */
  private <T> T asOf(long dataVersion, Function<Long, T> query, Predicate<T> sawVersion) {
    long current = currentVersion();
    if (dataVersion < 0 || dataVersion > current) {
      throw new RuleViolation("data-version.unknown", dataVersion, current);
    }
    if (dataVersion == current) {
      T result = query.apply(null);
      if (sawVersion.test(result)) {
        return result;
      }
      // a write committed between the two statements: the table is past the version asked
    }
    return query.apply(dataVersion);
  }

  /**
   * The sums of one row, labelled with {@code asOf} when the query read the reports as of it, else
   * (null) with the newest version the query's snapshot saw.
   */
  private static Aggregate aggregate(ResultSet rs, int first, Long asOf) throws SQLException {
    return new Aggregate(
        money(rs.getBigDecimal(first)),
        zero(rs.getBigDecimal(first + 1)),
        zero(rs.getBigDecimal(first + 2)),
        money(rs.getBigDecimal(first + 3)),
        zero(rs.getBigDecimal(first + 4)),
        zero(rs.getBigDecimal(first + 5)),
        rs.getInt(first + 6),
        asOf != null ? asOf : rs.getLong(first + 7));
  }

  private static Money money(BigDecimal sum) {
    return sum == null ? Money.ZERO : new Money(sum);
  }

  private static BigDecimal zero(BigDecimal sum) {
    return sum == null ? BigDecimal.ZERO : sum;
  }
}

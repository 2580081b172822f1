package org.clusteratlas.indicator;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.clusteratlas.cluster.ClusterId;
import org.clusteratlas.shared.Money;
import org.clusteratlas.shared.ReportingPeriod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The read model in SQL. Indicator ids 1 and 2 are 营业收入 and 利润总额 of the catalogue (V1). Sums run in
 * PostgreSQL's NUMERIC, exactly.
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
          + " count(distinct x.enterprise_id)";

  private static final String REPORTS =
      " left join report r on r.enterprise_id = x.enterprise_id and r.year = :year and r.month ="
          + " :month and r.indicator_id in (1, 2)";

  private final JdbcClient jdbc;

  JdbcIndicatorReadModel(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Map<ClusterId, ClusterFigures> byCluster(ReportingPeriod period) {
    Map<ClusterId, ClusterFigures> result = new LinkedHashMap<>();
    jdbc.sql(
            "select x.cluster_id,"
                + SUMS
                + " from ("
                + MEMBERS
                + ") x"
                + REPORTS
                + " group by x.cluster_id order by x.cluster_id")
        .param("year", period.year())
        .param("month", period.month())
        .param("end", Date.valueOf(period.endDate()))
        .query(
            rs -> {
              ClusterId id = new ClusterId(rs.getLong(1));
              result.put(id, new ClusterFigures(id, period, aggregate(rs, 2)));
            });
    return result;
  }

  @Override
  public Aggregate union(Collection<ClusterId> clusters, ReportingPeriod period) {
    if (clusters.isEmpty()) {
      return Aggregate.EMPTY;
    }
    Long[] ids = clusters.stream().map(ClusterId::value).toArray(Long[]::new);
    return jdbc.sql(
            "select"
                + SUMS
                + " from (select distinct enterprise_id from ("
                + MEMBERS
                + ") m where m.cluster_id = any(:ids)) x"
                + REPORTS)
        .param("year", period.year())
        .param("month", period.month())
        .param("end", Date.valueOf(period.endDate()))
        .param("ids", ids)
        .query((rs, n) -> aggregate(rs, 1))
        .single();
  }

  @Override
  public Aggregate province(ReportingPeriod period) {
    return jdbc.sql(
            "select"
                + SUMS
                + " from (select enterprise_id from enterprise_frame where year = :year) x"
                + REPORTS)
        .param("year", period.year())
        .param("month", period.month())
        .query((rs, n) -> aggregate(rs, 1))
        .single();
  }

  private static Aggregate aggregate(ResultSet rs, int first) throws SQLException {
    return new Aggregate(
        money(rs.getBigDecimal(first)),
        zero(rs.getBigDecimal(first + 1)),
        zero(rs.getBigDecimal(first + 2)),
        money(rs.getBigDecimal(first + 3)),
        zero(rs.getBigDecimal(first + 4)),
        zero(rs.getBigDecimal(first + 5)),
        rs.getInt(first + 6));
  }

  private static Money money(BigDecimal sum) {
    return sum == null ? Money.ZERO : new Money(sum);
  }

  private static BigDecimal zero(BigDecimal sum) {
    return sum == null ? BigDecimal.ZERO : sum;
  }
}

package org.clusteratlas.collection.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.clusteratlas.collection.ExplanationQuality;
import org.clusteratlas.collection.FindingService;
import org.clusteratlas.collection.Tier;
import org.clusteratlas.shared.Actor;
import org.clusteratlas.shared.ReportingPeriod;
import org.clusteratlas.shared.RuleViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcFindingService implements FindingService {

  private static final String COLUMNS =
      "select f.id, f.import_id, f.year, f.month, e.credit_code, f.region_code, f.row_number,"
          + " f.column_name, f.raw_value, f.rule, f.tier, f.arguments, f.status, f.cleared_by,"
          + " f.cleared_at, f.cleared_reason from check_finding f join enterprise e on e.id ="
          + " f.enterprise_id";

  private final JdbcClient jdbc;
  private final Clock clock;

  JdbcFindingService(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public List<OpenFinding> open(ReportingPeriod period, String regionCode, Locale locale) {
    return jdbc.sql(
            COLUMNS
                + " where f.status = 'open' and f.year = ? and f.month = ? and f.region_code like"
                + " ? order by f.id")
        .params(period.year(), period.month(), regionPrefix(regionCode) + "%")
        .query((rs, n) -> finding(rs, locale))
        .list();
  }

  @Override
  @Transactional
  public OpenFinding clear(long id, Actor actor, String reason, Locale locale) {
    OpenFinding finding =
        jdbc.sql(COLUMNS + " where f.id = ? for update")
            .param(id)
            .query((rs, n) -> finding(rs, locale))
            .optional()
            .orElseThrow(() -> new RuleViolation("finding.unknown", id));
    if (!"open".equals(finding.status())) {
      throw new RuleViolation("finding.not-open", id, finding.status());
    }
    boolean mayClear =
        actor.isProvince()
            || (actor.role() == Actor.Role.CITY_OFFICER
                && finding.regionCode().startsWith(regionPrefix(actor.regionCode())));
    if (!mayClear) {
      throw new RuleViolation("finding.clear-forbidden", id, actor.name(), finding.regionCode());
    }
    if (!ExplanationQuality.acceptable(reason)) {
      throw new RuleViolation("finding.reason-boilerplate", reason == null ? "" : reason);
    }
    jdbc.sql(
            "update check_finding set status = 'cleared', cleared_at = ?, cleared_by = ?,"
                + " cleared_reason = ? where id = ?")
        .params(Timestamp.from(clock.instant()), actor.name(), reason.strip(), id)
        .update();
    return jdbc.sql(COLUMNS + " where f.id = ?")
        .param(id)
        .query((rs, n) -> finding(rs, locale))
        .single();
  }

  /** The prefix of the codes a region covers: the province all, a city its counties. */
  private static String regionPrefix(String regionCode) {
    return regionCode.endsWith("0000")
        ? regionCode.substring(0, 2)
        : regionCode.endsWith("00") ? regionCode.substring(0, 4) : regionCode;
  }

  private static OpenFinding finding(ResultSet rs, Locale locale) throws SQLException {
    String rule = rs.getString(10);
    String raw = rs.getString(9);
    Array arguments = rs.getArray(12);
    Timestamp cleared = rs.getTimestamp(15);
    return new OpenFinding(
        rs.getLong(1),
        rs.getLong(2),
        new ReportingPeriod(rs.getInt(3), rs.getInt(4)).toString(),
        rs.getString(5),
        rs.getString(6),
        rs.getInt(7),
        rs.getString(8),
        raw,
        rule,
        Tier.valueOf(rs.getString(11).toUpperCase(Locale.ROOT)),
        new RuleViolation(rule, raw, (Object[]) arguments.getArray()).message(locale),
        rs.getString(13),
        rs.getString(14),
        cleared == null ? null : cleared.toInstant(),
        rs.getString(16));
  }
}

package org.clusteratlas.selfreport;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clusteratlas.cluster.ClusterId;
import org.clusteratlas.shared.Actor;
import org.clusteratlas.storage.BulkCopy;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The self-report's tables (migration V10): reports, their events numbered by the global
 * self-report version, the values and explanations each save or submission wrote. Rows are only
 * inserted, except a report's current state. Writers serialise on one transaction-level advisory
 * lock, so versions are committed in their order and a reader that sees version v sees every
 * version below it.
 */
@Repository
class SelfReportStore {

  private static final String EVENT_COLUMNS =
      "version, action, state, actor_name, actor_role, at, catalogue_version, due_on, late, reason";

  private final JdbcClient jdbc;
  private final BulkCopy copy;

  SelfReportStore(JdbcClient jdbc, BulkCopy copy) {
    this.jdbc = jdbc;
    this.copy = copy;
  }

  /** A stored report: its id, cluster, year, current state and whether the demo made it. */
  record Stored(long id, ClusterId cluster, int year, ReportState state, boolean demo) {}

  /** Takes the self-report writers' lock until the transaction ends. */
  void lock() {
    jdbc.sql("select pg_advisory_xact_lock(hashtext('cluster-atlas self-report'))")
        .query((RowCallbackHandler) rs -> {});
  }

  long currentVersion() {
    return jdbc.sql("select coalesce(max(version), 0) from self_report_event")
        .query(Long.class)
        .single();
  }

  Optional<Stored> report(ClusterId cluster, int year) {
    return jdbc.sql(
            "select id, cluster_id, year, state, demo from self_report where cluster_id = ? and"
                + " year = ?")
        .params(cluster.value(), year)
        .query((rs, n) -> stored(rs))
        .optional();
  }

  private static Stored stored(ResultSet rs) throws SQLException {
    return new Stored(
        rs.getLong(1),
        new ClusterId(rs.getLong(2)),
        rs.getInt(3),
        ReportState.ofId(rs.getString(4)),
        rs.getBoolean(5));
  }

  long insertReport(ClusterId cluster, int year, ReportState state, Instant at, boolean demo) {
    return jdbc.sql(
            "insert into self_report (cluster_id, year, state, created_at, demo) values (?, ?, ?,"
                + " ?, ?) returning id")
        .params(cluster.value(), year, state.id(), Timestamp.from(at), demo)
        .query(Long.class)
        .single();
  }

  void updateState(long reportId, ReportState state) {
    jdbc.sql("update self_report set state = ? where id = ?").params(state.id(), reportId).update();
  }

  /** Writes an event and returns its self-report version. */
  long insertEvent(long reportId, ReportEvent e, Actor actor) {
    return jdbc.sql(
            "insert into self_report_event (report_id, action, state, actor_name, actor_role,"
                + " actor_region, at, catalogue_version, due_on, late, reason) values (?, ?, ?,"
                + " ?, ?, ?, ?, ?, ?, ?, ?) returning version")
        .params(
            reportId,
            e.action(),
            e.state().id(),
            actor.name(),
            role(actor),
            actor.regionCode(),
            Timestamp.from(e.at()),
            e.catalogueVersion(),
            e.dueOn() == null ? null : Date.valueOf(e.dueOn()),
            e.late(),
            e.reason())
        .query(Long.class)
        .single();
  }

  private static String role(Actor actor) {
    return actor.role().name().toLowerCase(Locale.ROOT);
  }

  void insertValues(long version, Map<String, BigDecimal> values) {
    try (BulkCopy.Writer rows = copy.open("self_report_value (version, field, value)")) {
      values.forEach((field, value) -> rows.row(version, field, value));
    }
  }

  /** An explanation of a field, with the rules of the findings it answers. */
  record Explanation(String text, List<String> rules) {}

  void insertExplanations(long version, Map<String, Explanation> explanations) {
    explanations.forEach(
        (field, e) ->
            jdbc.sql(
                    "insert into self_report_explanation (version, field, explanation, rules)"
                        + " values (?, ?, ?, ?)")
                .params(version, field, e.text(), e.rules().toArray(String[]::new))
                .update());
  }

  /** The values of the report's latest save or submission, in the catalogue's order. */
  Map<String, BigDecimal> latestValues(long reportId) {
    return values(
        "select field, value from self_report_value where version = (select max(version) from"
            + " self_report_event where report_id = ? and action in ('save', 'submit'))",
        reportId);
  }

  /** The explanations written with the report's latest save or submission. */
  Map<String, String> latestExplanations(long reportId) {
    Map<String, String> explanations = new HashMap<>();
    jdbc.sql(
            "select field, explanation from self_report_explanation where version = (select"
                + " max(version) from self_report_event where report_id = ? and action in"
                + " ('save', 'submit'))")
        .param(reportId)
        .query((RowCallbackHandler) rs -> explanations.put(rs.getString(1), rs.getString(2)));
    return explanations;
  }

  /**
   * The values of {@code cluster}'s report for {@code year} as last submitted, when that report now
   * stands accepted; empty otherwise.
   */
  Map<String, BigDecimal> acceptedValues(ClusterId cluster, int year) {
    return values(
        "select v.field, v.value from self_report r join self_report_event e on e.report_id ="
            + " r.id and e.version = (select max(version) from self_report_event where report_id"
            + " = r.id and action = 'submit') join self_report_value v on v.version = e.version"
            + " where r.cluster_id = ? and r.year = ? and r.state = 'accepted'",
        cluster.value(),
        year);
  }

  private Map<String, BigDecimal> values(String sql, Object... params) {
    Map<String, BigDecimal> read = new HashMap<>();
    jdbc.sql(sql)
        .params(params)
        .query((RowCallbackHandler) rs -> read.put(rs.getString(1), rs.getBigDecimal(2)));
    Map<String, BigDecimal> ordered = new LinkedHashMap<>();
    for (SelfReportField f : SelfReportCatalogue.fields()) {
      if (read.containsKey(f.code())) {
        ordered.put(f.code(), read.get(f.code()));
      }
    }
    return ordered;
  }

  /** The report's events, oldest first. */
  List<ReportEvent> history(long reportId) {
    return jdbc.sql(
            "select "
                + EVENT_COLUMNS
                + " from self_report_event where report_id = ? order by version")
        .param(reportId)
        .query((rs, n) -> event(rs))
        .list();
  }

  private static ReportEvent event(ResultSet rs) throws SQLException {
    Date due = rs.getDate(8);
    boolean late = rs.getBoolean(9);
    return new ReportEvent(
        rs.getLong(1),
        rs.getString(2),
        ReportState.ofId(rs.getString(3)),
        rs.getString(4),
        rs.getString(5),
        rs.getTimestamp(6).toInstant(),
        rs.getString(7),
        due == null ? null : due.toLocalDate(),
        rs.wasNull() ? null : late,
        rs.getString(10));
  }

  /** A report of the year's list: its state and latest submission. */
  record Row(
      long reportId,
      ClusterId cluster,
      ReportState state,
      boolean demo,
      long version,
      Instant submittedAt,
      Boolean late,
      LocalDate dueOn) {}

  /** Every stored report of {@code year}, with its latest event's version and latest submission. */
  Map<ClusterId, Row> rows(int year) {
    Map<ClusterId, Row> rows = new LinkedHashMap<>();
    jdbc.sql(
            "select r.id, r.cluster_id, r.state, r.demo, (select max(version) from"
                + " self_report_event where report_id = r.id), s.at, s.late, s.due_on from"
                + " self_report r left join lateral (select at, late, due_on from"
                + " self_report_event e where e.report_id = r.id and e.action = 'submit' order by"
                + " version desc limit 1) s on true where r.year = ? order by r.cluster_id")
        .param(year)
        .query(
            (RowCallbackHandler)
                rs -> {
                  Timestamp at = rs.getTimestamp(6);
                  boolean late = rs.getBoolean(7);
                  Boolean lateOrNull = rs.wasNull() ? null : late;
                  Date due = rs.getDate(8);
                  ClusterId id = new ClusterId(rs.getLong(2));
                  rows.put(
                      id,
                      new Row(
                          rs.getLong(1),
                          id,
                          ReportState.ofId(rs.getString(3)),
                          rs.getBoolean(4),
                          rs.getLong(5),
                          at == null ? null : at.toInstant(),
                          lateOrNull,
                          due == null ? null : due.toLocalDate()));
                });
    return rows;
  }

  /** The first submission of a report: when, and whether it was late. */
  Optional<ReportEvent> firstSubmission(long reportId) {
    return jdbc.sql(
            "select "
                + EVENT_COLUMNS
                + " from self_report_event where report_id = ? and action = 'submit' order by"
                + " version limit 1")
        .param(reportId)
        .query((rs, n) -> event(rs))
        .optional();
  }

  /**
   * The reports of {@code year} that count as of {@code version} for the clusters of {@code
   * clusters}: for each, the latest event at or before the version left it submitted or accepted,
   * and its latest submission at or before the version gives the values.
   */
  Map<ClusterId, SubmittedReport> submittedAsOf(
      int year, long version, Collection<ClusterId> clusters) {
    Map<Long, SubmittedReport> byCluster = new HashMap<>();
    Map<Long, Map<String, BigDecimal>> values = new HashMap<>();
    Long[] ids = clusters.stream().map(ClusterId::value).toArray(Long[]::new);
    jdbc.sql(
            "select r.cluster_id, s.version, s.at, s.late, st.state, v.field, v.value from"
                + " self_report r join lateral (select state from self_report_event e where"
                + " e.report_id = r.id and e.version <= :v order by e.version desc limit 1) st on"
                + " st.state in ('submitted', 'accepted') join lateral (select version, at, late"
                + " from self_report_event e where e.report_id = r.id and e.version <= :v and"
                + " e.action = 'submit' order by e.version desc limit 1) s on true join"
                + " self_report_value v on v.version = s.version where r.year = :year and"
                + " r.cluster_id = any(:clusters)")
        .param("v", version)
        .param("year", year)
        .param("clusters", ids)
        .query(
            (RowCallbackHandler)
                rs -> {
                  long cluster = rs.getLong(1);
                  if (!byCluster.containsKey(cluster)) {
                    byCluster.put(
                        cluster,
                        new SubmittedReport(
                            new ClusterId(cluster),
                            year,
                            rs.getLong(2),
                            rs.getTimestamp(3).toInstant(),
                            rs.getBoolean(4),
                            ReportState.ofId(rs.getString(5)),
                            Map.of()));
                  }
                  values
                      .computeIfAbsent(cluster, k -> new HashMap<>())
                      .put(rs.getString(6), rs.getBigDecimal(7));
                });
    Map<ClusterId, SubmittedReport> result = new LinkedHashMap<>();
    byCluster.forEach(
        (cluster, r) -> {
          Map<String, BigDecimal> v = new HashMap<>(values.get(cluster));
          v.put(SelfReportCatalogue.ON_TIME, r.late() ? BigDecimal.ZERO : BigDecimal.ONE);
          result.put(
              r.cluster(),
              new SubmittedReport(
                  r.cluster(), year, r.version(), r.submittedAt(), r.late(), r.state(), v));
        });
    return result;
  }

  /** The reports stored for {@code years}, as {@code cluster/year}. */
  Set<String> reportKeys(List<Integer> years) {
    Set<String> keys = new HashSet<>();
    jdbc.sql("select cluster_id, year from self_report where year = any(:years)")
        .param("years", years.toArray(Integer[]::new))
        .query((RowCallbackHandler) rs -> keys.add(rs.getLong(1) + "/" + rs.getInt(2)));
    return keys;
  }

  /**
   * Inserts the reports of a filing with COPY, submitted or (with an acceptance time) accepted, and
   * answers their ids as {@code cluster/year}.
   */
  Map<String, Long> insertReports(List<FiledReport> filed) {
    try (BulkCopy.Writer rows =
        copy.open("self_report (cluster_id, year, state, created_at, demo)")) {
      for (FiledReport f : filed) {
        rows.row(
            f.cluster().value(),
            f.year(),
            (f.acceptedAt() == null ? ReportState.SUBMITTED : ReportState.ACCEPTED).id(),
            f.submittedAt().toString(),
            f.demo());
      }
    }
    Map<String, Long> ids = new HashMap<>();
    jdbc.sql("select id, cluster_id, year from self_report where year = any(:years)")
        .param("years", filed.stream().map(FiledReport::year).distinct().toArray(Integer[]::new))
        .query(
            (RowCallbackHandler) rs -> ids.put(rs.getLong(2) + "/" + rs.getInt(3), rs.getLong(1)));
    return ids;
  }

  /**
   * The values of every report of {@code year} that stands accepted, as last submitted, by cluster.
   */
  Map<ClusterId, Map<String, BigDecimal>> acceptedValues(int year) {
    Map<ClusterId, Map<String, BigDecimal>> values = new HashMap<>();
    jdbc.sql(
            "select r.cluster_id, v.field, v.value from self_report r join self_report_value v on"
                + " v.version = (select max(version) from self_report_event where report_id ="
                + " r.id and action = 'submit') where r.year = ? and r.state = 'accepted'")
        .param(year)
        .query(
            (RowCallbackHandler)
                rs ->
                    values
                        .computeIfAbsent(new ClusterId(rs.getLong(1)), k -> new HashMap<>())
                        .put(rs.getString(2), rs.getBigDecimal(3)));
    return values;
  }

  /** One report of a bulk filing, with the versions allocated to its events. */
  record Filed(
      long reportId,
      long submitVersion,
      Long reviewVersion,
      FiledReport report,
      LocalDate dueOn,
      boolean late,
      Map<String, List<String>> explainedRules) {}

  /** Allocates {@code n} self-report versions, in increasing order. */
  List<Long> allocateVersions(int n) {
    return jdbc.sql("select nextval('self_report_version_seq') from generate_series(1, ?)")
        .param(n)
        .query(Long.class)
        .list();
  }

  /**
   * Writes filed reports with COPY: each its submission (values and explanations) and, when
   * reviewed, its acceptance; the reports themselves are already inserted.
   */
  void insertFiled(List<Filed> filed, Actor reviewer) {
    try (BulkCopy.Writer events =
        copy.open(
            "self_report_event (version, report_id, action, state, actor_name, actor_role,"
                + " actor_region, at, catalogue_version, due_on, late, reason)")) {
      for (Filed f : filed) {
        FiledReport r = f.report();
        events.row(
            f.submitVersion(),
            f.reportId(),
            "submit",
            ReportState.SUBMITTED.id(),
            r.submittedBy().name(),
            role(r.submittedBy()),
            r.submittedBy().regionCode(),
            r.submittedAt().toString(),
            SelfReportCatalogue.VERSION,
            f.dueOn(),
            f.late(),
            null);
        if (f.reviewVersion() != null) {
          events.row(
              f.reviewVersion(),
              f.reportId(),
              "accept",
              ReportState.ACCEPTED.id(),
              reviewer.name(),
              role(reviewer),
              reviewer.regionCode(),
              r.acceptedAt().toString(),
              null,
              null,
              null,
              null);
        }
      }
    }
    try (BulkCopy.Writer rows = copy.open("self_report_value (version, field, value)")) {
      for (Filed f : filed) {
        f.report().values().forEach((field, value) -> rows.row(f.submitVersion(), field, value));
      }
    }
    try (BulkCopy.Writer rows =
        copy.open("self_report_explanation (version, field, explanation, rules)")) {
      for (Filed f : filed) {
        f.report()
            .explanations()
            .forEach(
                (field, text) ->
                    rows.row(
                        f.submitVersion(),
                        field,
                        text,
                        "{"
                            + String.join(",", f.explainedRules().getOrDefault(field, List.of()))
                            + "}"));
      }
    }
  }
}

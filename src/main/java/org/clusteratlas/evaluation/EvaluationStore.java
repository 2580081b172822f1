package org.clusteratlas.evaluation;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.clusteratlas.cluster.ClusterId;
import org.clusteratlas.shared.Actor;
import org.clusteratlas.shared.RuleViolation;
import org.clusteratlas.storage.BulkCopy;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The evaluation's tables (migration V8): schemes, runs, results and scores. Rows are only ever
 * inserted. Schemes never change once published, so each is parsed once and kept.
 */
@Repository
class EvaluationStore {

  private static final String RUN_COLUMNS =
      "id, year, scheme_version, data_version, previous_run, actor_name, actor_role, ran_at,"
          + " self_report_version";

  private final JdbcClient jdbc;
  private final BulkCopy copy;
  private final Map<String, Scheme> schemes = new ConcurrentHashMap<>();

  EvaluationStore(JdbcClient jdbc, BulkCopy copy) {
    this.jdbc = jdbc;
    this.copy = copy;
  }

  /**
   * The scheme of {@code version}; refused as unknown when none was published. Parsed once per
   * stored definition (keyed by its text, so a publication rolled back never lingers).
   */
  Scheme scheme(String version) {
    String definition =
        jdbc.sql("select definition::text from evaluation_scheme where version = ?")
            .param(version)
            .query(String.class)
            .optional()
            .orElseThrow(() -> new RuleViolation("evaluation-scheme.unknown", version));
    return schemes.computeIfAbsent(definition, SchemeJson::parse);
  }

  /** The version that applies to {@code year}: the newest of those whose year is not after it. */
  Optional<String> schemeVersionFor(int year) {
    return jdbc.sql(
            "select version from evaluation_scheme where year <= ? order by year desc, seq desc"
                + " limit 1")
        .param(year)
        .query(String.class)
        .optional();
  }

  List<SchemeVersion> schemes() {
    return jdbc.sql(
            "select version, year, name, created_at, actor_name, reason from evaluation_scheme"
                + " order by seq")
        .query(
            (rs, n) ->
                new SchemeVersion(
                    rs.getString(1),
                    rs.getInt(2),
                    rs.getString(3),
                    rs.getTimestamp(4).toInstant(),
                    rs.getString(5),
                    rs.getString(6)))
        .list();
  }

  /** Publishes a scheme; refused when its version is taken. */
  void insertScheme(Scheme scheme, Actor actor, String reason, Instant at) {
    int inserted =
        jdbc.sql(
                "insert into evaluation_scheme (version, year, name, definition, created_at,"
                    + " actor_name, actor_role, actor_region, reason) values (?, ?, ?,"
                    + " cast(? as jsonb), ?, ?, ?, ?, ?) on conflict (version) do nothing")
            .params(
                scheme.version(),
                scheme.year(),
                scheme.nameZh(),
                SchemeJson.write(scheme),
                Timestamp.from(at),
                actor.name(),
                actor.role().name(),
                actor.regionCode(),
                reason)
            .update();
    if (inserted == 0) {
      throw new RuleViolation("evaluation.scheme-version-taken", scheme.version());
    }
  }

  long insertRun(
      int year,
      String schemeVersion,
      long dataVersion,
      long selfReportVersion,
      Long previousRun,
      Actor actor,
      Instant at) {
    return jdbc.sql(
            "insert into evaluation_run (year, scheme_version, data_version, self_report_version,"
                + " previous_run, actor_name, actor_role, actor_region, ran_at) values (?, ?, ?, ?,"
                + " ?, ?, ?, ?, ?) returning id")
        .params(
            year,
            schemeVersion,
            dataVersion,
            selfReportVersion,
            previousRun,
            actor.name(),
            actor.role().name(),
            actor.regionCode(),
            Timestamp.from(at))
        .query(Long.class)
        .single();
  }

  /**
   * Stores every cluster's result and leaf scores of a run, with COPY. The scores (37 a cluster)
   * skip the per-row foreign-key triggers where the database allows it ({@link
   * BulkCopy#skipRowTriggersInTransaction}: one lookup a row would cost more than the COPY), and
   * their keys are then checked against the results' cluster ids in one query.
   */
  void insertResults(long runId, List<ScoredCluster> scored) {
    try (BulkCopy.Writer results =
        copy.open(
            "evaluation_result (run_id, cluster_id, total, grade, rank, stars, last_year_grade)")) {
      for (ScoredCluster c : scored) {
        results.row(
            runId,
            c.cluster().value(),
            c.total(),
            c.grade().code(),
            c.rank(),
            c.stars(),
            c.lastYear() == null ? null : c.lastYear().code());
      }
    }
    boolean skipped = copy.skipRowTriggersInTransaction();
    try (BulkCopy.Writer scores =
        copy.open(
            "evaluation_score (run_id, cluster_id, leaf_code, raw_value, normalised, weight,"
                + " contribution, basis, bound_low, bound_high, cohort_rank, cohort_size)")) {
      for (ScoredCluster c : scored) {
        for (LeafScore l : c.leaves()) {
          scores.row(
              runId,
              c.cluster().value(),
              l.code(),
              l.raw(),
              l.normalised(),
              l.weight(),
              l.contribution(),
              l.basis().code(),
              l.low(),
              l.high(),
              l.cohortRank(),
              l.cohortSize());
        }
      }
    } finally {
      if (skipped) {
        copy.restoreRowTriggers();
      }
    }
    // against the ids just stored with the results: an anti-join on rows written in this
    // transaction, which the planner has no statistics for yet, took 50-60 ms
    Long[] stored = scored.stream().map(c -> c.cluster().value()).toArray(Long[]::new);
    long orphans =
        jdbc.sql(
                "select count(*) from evaluation_score where run_id = ? and not (cluster_id ="
                    + " any(?))")
            .params(runId, stored)
            .query(Long.class)
            .single();
    if (orphans > 0) {
      throw new IllegalStateException(orphans + " scores of run " + runId + " have no result");
    }
  }

  Optional<EvaluationRun> run(long id) {
    return jdbc.sql("select " + RUN_COLUMNS + " from evaluation_run where id = ?")
        .param(id)
        .query((rs, n) -> run(rs))
        .optional();
  }

  /** The year's newest run. */
  Optional<EvaluationRun> latestRun(int year) {
    return jdbc.sql(
            "select "
                + RUN_COLUMNS
                + " from evaluation_run where year = ? order by id desc limit 1")
        .param(year)
        .query((rs, n) -> run(rs))
        .optional();
  }

  private static EvaluationRun run(ResultSet rs) throws SQLException {
    long previousId = rs.getLong(5);
    Long previous = rs.wasNull() ? null : previousId;
    return new EvaluationRun(
        rs.getLong(1),
        rs.getInt(2),
        rs.getString(3),
        rs.getLong(4),
        rs.getLong(9),
        previous,
        rs.getString(6),
        rs.getString(7),
        rs.getTimestamp(8).toInstant());
  }

  /**
   * A run's results, best first, each with its leaves (in no particular order) when {@code
   * withLeaves}, else with none.
   */
  List<ScoredCluster> results(long runId, boolean withLeaves) {
    Map<Long, List<LeafScore>> leaves = new HashMap<>();
    if (withLeaves) {
      leaves(runId, leaves);
    }
    return jdbc.sql(
            "select cluster_id, total, grade, rank, stars, last_year_grade from evaluation_result"
                + " where run_id = ? order by rank, cluster_id")
        .param(runId)
        .query(
            (rs, n) ->
                new ScoredCluster(
                    new ClusterId(rs.getLong(1)),
                    rs.getBigDecimal(2),
                    Grade.ofCode(rs.getString(3)),
                    rs.getInt(4),
                    rs.getInt(5),
                    rs.getString(6) == null ? null : Grade.ofCode(rs.getString(6)),
                    leaves.getOrDefault(rs.getLong(1), List.of())))
        .list();
  }

  private void leaves(long runId, Map<Long, List<LeafScore>> leaves) {
    jdbc.sql(
            "select cluster_id, leaf_code, raw_value, normalised, weight, contribution, basis,"
                + " bound_low, bound_high, cohort_rank, cohort_size from evaluation_score where"
                + " run_id = ?")
        .param(runId)
        .query(
            rs -> {
              leaves
                  .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                  .add(
                      new LeafScore(
                          rs.getString(2),
                          rs.getBigDecimal(3),
                          rs.getBigDecimal(4),
                          rs.getBigDecimal(5),
                          rs.getBigDecimal(6),
                          LeafScore.Basis.ofCode(rs.getString(7)),
                          rs.getBigDecimal(8),
                          rs.getBigDecimal(9),
                          integer(rs, 10),
                          integer(rs, 11)));
            });
  }

  /** A run's grades by cluster. */
  Map<ClusterId, Grade> grades(long runId) {
    Map<ClusterId, Grade> grades = new LinkedHashMap<>();
    jdbc.sql("select cluster_id, grade from evaluation_result where run_id = ?")
        .param(runId)
        .query(
            (RowCallbackHandler)
                rs -> grades.put(new ClusterId(rs.getLong(1)), Grade.ofCode(rs.getString(2))));
    return grades;
  }

  private static Integer integer(ResultSet rs, int column) throws SQLException {
    int value = rs.getInt(column);
    return rs.wasNull() ? null : value;
  }

  /** Scale-insensitive equality of two stored or computed amounts (both may be null). */
  static boolean same(BigDecimal a, BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }
}

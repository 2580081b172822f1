package org.clusteratlas.collection.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.clusteratlas.collection.EditRule;
import org.clusteratlas.collection.ImportCounts;
import org.clusteratlas.collection.ImportRequest;
import org.clusteratlas.collection.ImportStatus;
import org.clusteratlas.collection.Tier;
import org.clusteratlas.spreadsheet.SheetNotice;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The record of imports: each file sent, its outcome and problems, and the findings that stay. A
 * batch is written as {@code running} in a transaction of its own before the file is read, so that
 * a process killed mid-file leaves a trace; its outcome is written with the data when the file is
 * applied, or after the data rolled back when it is not.
 */
@Component
class ImportLog {

  private final JdbcClient jdbc;
  private final org.springframework.jdbc.core.JdbcTemplate batches;
  private final Clock clock;
  private final TransactionTemplate separate;

  ImportLog(
      JdbcClient jdbc,
      org.springframework.jdbc.core.JdbcTemplate batches,
      Clock clock,
      PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.batches = batches;
    this.clock = clock;
    this.separate = new TransactionTemplate(transactionManager);
    separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  private static final String NOTICE_SEPARATOR = "\u001f";

  private static List<String> concat(String first, List<String> rest) {
    List<String> all = new java.util.ArrayList<>(List.of(first));
    all.addAll(rest);
    return all;
  }

  /** A stored batch: what the report of an import is made of. */
  record Batch(
      long id,
      String fileName,
      String format,
      String encoding,
      ImportStatus status,
      ImportCounts counts,
      long problemsTotal,
      Long dataVersion,
      String ruleCatalogue,
      Instant startedAt,
      Instant finishedAt,
      List<SheetNotice> notices) {}

  long start(ImportRequest request, String sha256, long bytes) {
    return separate.execute(
        s ->
            jdbc.sql(
                    "insert into import_batch (file_name, file_sha256, file_bytes, actor_name,"
                        + " actor_role, actor_region, reason, rule_catalogue, started_at, status)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'running') returning id")
                .params(
                    request.fileName(),
                    sha256,
                    bytes,
                    request.actor().name(),
                    request.actor().role().name(),
                    request.actor().regionCode(),
                    request.reason(),
                    EditRule.CATALOGUE_VERSION,
                    Timestamp.from(clock.instant()))
                .query(Long.class)
                .single());
  }

  /** Inside the import's transaction: the outcome, problems and findings commit with the data. */
  void finishApplied(long id, ImportRun.Outcome outcome, Registers registers) {
    finish(id, outcome);
    if (outcome.dataVersion() != null) {
      jdbc.sql(
              "update check_finding f set status = 'cleared', cleared_at = :now, cleared_by ="
                  + " :by, cleared_reason = :why where f.status = 'open' and exists (select 1 from"
                  + " indicator_definition d join report r on r.year = f.year and r.month ="
                  + " f.month and r.indicator_id = d.id and r.enterprise_id = f.enterprise_id"
                  + " where r.version = :version)")
          .param("now", Timestamp.from(clock.instant()))
          .param("by", "import #" + id)
          .param("why", "重新报送后复查 / rechecked after the reports were sent again")
          .param("version", outcome.dataVersion())
          .update();
    }
    List<Object[]> kept = new java.util.ArrayList<>();
    for (Finding f : outcome.findings()) {
      if (f.tier() != Tier.HARD && f.enterpriseId() != 0) {
        kept.add(
            new Object[] {
              id,
              f.year(),
              f.month(),
              f.enterpriseId(),
              f.regionCode(),
              f.rule(),
              f.tier().id(),
              f.row(),
              f.column(),
              f.raw(),
              f.arguments(),
              f.explanation(),
              f.tier() == Tier.QUASI_HARD ? "open" : "explained"
            });
      }
    }
    batches.batchUpdate(
        "insert into check_finding (import_id, year, month, enterprise_id, region_code, rule,"
            + " tier, row_number, column_name, raw_value, arguments, explanation, status) values"
            + " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        kept);
  }

  /** After the import's transaction rolled back: the outcome and problems, in one of their own. */
  void finishNotApplied(long id, ImportRun.Outcome outcome) {
    separate.executeWithoutResult(s -> finish(id, outcome));
  }

  void failed(long id) {
    separate.executeWithoutResult(
        s ->
            jdbc.sql(
                    "update import_batch set status = 'failed', finished_at = ? where id = ? and"
                        + " status = 'running'")
                .params(Timestamp.from(clock.instant()), id)
                .update());
  }

  /**
   * Marks the batches a previous process left running as interrupted; their data rolled back with
   * the process. Only one process uses a data directory, so none of them still runs.
   */
  int markInterrupted() {
    return jdbc.sql(
            "update import_batch set status = 'interrupted', finished_at = ? where status ="
                + " 'running'")
        .param(Timestamp.from(clock.instant()))
        .update();
  }

  private void finish(long id, ImportRun.Outcome o) {
    ImportCounts c = o.counts();
    jdbc.sql(
            "update import_batch set status = ?, finished_at = ?, format = ?, encoding = ?,"
                + " rows_read = ?, inserted = ?, updated = ?, unchanged = ?, rejected = ?,"
                + " rows_with_problems = ?, late = ?, problems_total = ?, data_version = ?,"
                + " notices = ? where id = ?")
        .params(
            o.status().id(),
            Timestamp.from(clock.instant()),
            o.format(),
            o.encoding(),
            c.read(),
            c.inserted(),
            c.updated(),
            c.unchanged(),
            c.rejected(),
            c.rowsWithProblems(),
            c.late(),
            o.problemsTotal(),
            o.dataVersion(),
            o.notices().stream()
                .map(n -> String.join(NOTICE_SEPARATOR, concat(n.id(), n.arguments())))
                .toArray(String[]::new),
            id)
        .update();
    // up to 10,000 problems: one batch, not one statement each
    List<Object[]> rows = new java.util.ArrayList<>(o.findings().size());
    for (Finding f : o.findings()) {
      rows.add(
          new Object[] {
            id,
            rows.size() + 1,
            f.sheet(),
            f.row(),
            f.column(),
            f.raw(),
            f.rule(),
            f.tier().id(),
            f.arguments(),
            f.explanation(),
            f.explained()
          });
    }
    batches.batchUpdate(
        "insert into import_problem (import_id, seq, sheet, row_number, column_name, raw_value,"
            + " rule, tier, arguments, explanation, explained) values (?, ?, ?, ?, ?, ?, ?, ?, ?,"
            + " ?, ?)",
        rows);
  }

  Optional<Batch> batch(long id) {
    return jdbc.sql(
            "select id, file_name, format, encoding, status, rows_read, inserted, updated,"
                + " unchanged, rejected, rows_with_problems, late, problems_total, data_version,"
                + " rule_catalogue, started_at, finished_at, notices from import_batch where id ="
                + " ?")
        .param(id)
        .query(ImportLog::batch)
        .optional();
  }

  private static Batch batch(ResultSet rs, int n) throws SQLException {
    Timestamp finished = rs.getTimestamp(17);
    long version = rs.getLong(14);
    boolean noVersion = rs.wasNull();
    return new Batch(
        rs.getLong(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        ImportStatus.of(rs.getString(5)),
        new ImportCounts(
            rs.getLong(6),
            rs.getLong(7),
            rs.getLong(8),
            rs.getLong(9),
            rs.getLong(10),
            rs.getLong(11),
            rs.getLong(12)),
        rs.getLong(13),
        noVersion ? null : version,
        rs.getString(15),
        rs.getTimestamp(16).toInstant(),
        finished == null ? null : finished.toInstant(),
        java.util.Arrays.stream(strings(rs.getArray(18)))
            .map(
                notice -> {
                  List<String> parts = List.of(notice.split(NOTICE_SEPARATOR, -1));
                  return new SheetNotice(parts.get(0), parts.subList(1, parts.size()));
                })
            .toList());
  }

  List<Finding> problems(long id) {
    return jdbc.sql(
            "select rule, tier, sheet, row_number, column_name, raw_value, arguments, explanation,"
                + " explained from import_problem where import_id = ? order by seq")
        .param(id)
        .query(
            (rs, n) ->
                new Finding(
                    rs.getString(1),
                    Tier.valueOf(rs.getString(2).toUpperCase(java.util.Locale.ROOT)),
                    rs.getString(3),
                    rs.getInt(4),
                    rs.getString(5),
                    rs.getString(6),
                    strings(rs.getArray(7)),
                    0,
                    0,
                    0,
                    null,
                    rs.getString(8),
                    rs.getBoolean(9)))
        .list();
  }

  private static String[] strings(Array array) throws SQLException {
    return (String[]) array.getArray();
  }
}

package org.clusteratlas.cli;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.clusteratlas.collection.ImportReport;
import org.clusteratlas.collection.ImportRequest;
import org.clusteratlas.collection.ImportService;
import org.clusteratlas.collection.ImportStatus;
import org.clusteratlas.shared.Actor;
import org.clusteratlas.spreadsheet.Column;
import org.clusteratlas.spreadsheet.CsvTableWriter;
import org.clusteratlas.spreadsheet.TableWriter;
import org.clusteratlas.spreadsheet.XlsxTableWriter;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code benchmark-import [--rows N] [--format csv|xlsx] [--runs R] --data DIR}: the import
 * benchmark of docs/benchmarks.md, on a data directory with the demo province loaded. It makes a
 * file of {@code N} year-to-date reports for 2026 in the {@code reports} layout (each demo firm's
 * 2025 value × 1.05, with the 2025 value as the same period last year; months from January on),
 * puts the 2025 frame into 2026, and then, {@code R} times: PostgreSQL's own COPY of the same rows
 * (as the report table stores them) into {@code report}, rolled back — the reference, once as the
 * table is (foreign-key triggers firing per row) and once without those triggers; the import of the
 * file, validated and committed; and the removal of the imported rows. The last run counts (the
 * first warms the JVM). Peak heap is the sum of the heap pools' peaks during the import, an upper
 * bound; run the JVM with {@code -Xmx512m} to hold the import to 512 MB.
 */
@Command(
    name = "benchmark-import",
    hidden = true,
    description = "导入基准测试 / import benchmark (see docs/benchmarks.md)",
    mixinStandardHelpOptions = true)
public final class ImportBenchmarkCommand implements Callable<Integer> {

  private static final int YEAR = 2026;

  @Mixin ContextOptions context;

  @Option(names = "--rows", defaultValue = "1000000", description = "行数 / rows (default 1000000)")
  int rows;

  @Option(names = "--format", defaultValue = "csv", description = "csv 或 xlsx / csv or xlsx")
  String format;

  @Option(names = "--runs", defaultValue = "2", description = "轮数 / runs (default 2)")
  int runs;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException, SQLException {
    if (!List.of("csv", "xlsx").contains(format) || rows < 1 || runs < 1) {
      spec.commandLine().getErr().println("--format csv|xlsx, --rows >= 1, --runs >= 1");
      return 2;
    }
    context.noDemo = true;
    PrintWriter out = spec.commandLine().getOut();
    try (ConfigurableApplicationContext app = context.start(false, null)) {
      JdbcClient jdbc = app.getBean(JdbcClient.class);
      DataSource dataSource = app.getBean(DataSource.class);
      ImportService imports = app.getBean(ImportService.class);
      TransactionTemplate tx =
          new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
      removeYear(jdbc, tx);
      tx.executeWithoutResult(
          s ->
              jdbc.sql(
                      "insert into enterprise_frame (year, enterprise_id) select ?, enterprise_id"
                          + " from enterprise_frame where year = ? on conflict do nothing")
                  .params(YEAR, YEAR - 1)
                  .update());
      Path work = Files.createTempDirectory("atlas-bench-import");
      try {
        Path file = work.resolve("reports-" + YEAR + "." + format);
        Path copyFile = work.resolve("reports.copy");
        long[] made = makeFiles(jdbc, tx, file, copyFile);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("rows", made[0]);
        result.put("format", format);
        result.put("file_bytes", Files.size(file));
        result.put("max_heap_mb", Runtime.getRuntime().maxMemory() >> 20);
        for (int run = 1; run <= runs; run++) {
          long copyNanos = copyReference(dataSource, copyFile, false);
          long bareCopyNanos = copyReference(dataSource, copyFile, true);
          List<MemoryPoolMXBean> heap =
              ManagementFactory.getMemoryPoolMXBeans().stream()
                  .filter(p -> p.getType() == MemoryType.HEAP)
                  .toList();
          heap.forEach(MemoryPoolMXBean::resetPeakUsage);
          long start = System.nanoTime();
          ImportReport report =
              imports.run(
                  new ImportRequest(
                      file,
                      file.getFileName().toString(),
                      Actor.provinceAdministrator("benchmark"),
                      "基准测试 / benchmark"),
                  p -> {},
                  Locale.ROOT);
          long importNanos = System.nanoTime() - start;
          long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
          if (report.status() != ImportStatus.APPLIED || report.counts().inserted() != made[0]) {
            spec.commandLine()
                .getErr()
                .printf(
                    "导入未按预期写入 / the import did not insert every row: %s %s %s%n",
                    report.status().id(),
                    report.counts(),
                    report.problems().stream().limit(5).toList());
            return 1;
          }
          result.put("run_" + run + "_copy_s", BenchmarkCommand.seconds(copyNanos));
          result.put("run_" + run + "_copy_no_triggers_s", BenchmarkCommand.seconds(bareCopyNanos));
          result.put("run_" + run + "_import_s", BenchmarkCommand.seconds(importNanos));
          result.put("run_" + run + "_ratio", BenchmarkCommand.ratio(importNanos, copyNanos));
          result.put(
              "run_" + run + "_ratio_no_triggers",
              BenchmarkCommand.ratio(importNanos, bareCopyNanos));
          result.put("run_" + run + "_heap_peak_mb", peak >> 20);
          removeYear(jdbc, tx);
        }
        result.forEach((key, value) -> out.printf("%-28s  %s%n", key, value));
        out.flush();
        return 0;
      } finally {
        for (String name : new String[] {"reports-" + YEAR + "." + format, "reports.copy"}) {
          Files.deleteIfExists(work.resolve(name));
        }
        Files.deleteIfExists(work);
      }
    }
  }

  /** Removes the benchmark's year, so that each run inserts every row again. */
  private static void removeYear(JdbcClient jdbc, TransactionTemplate tx) {
    tx.executeWithoutResult(
        s -> {
          jdbc.sql("delete from check_finding where year = ?").param(YEAR).update();
          jdbc.sql("delete from report where year = ?").param(YEAR).update();
        });
    jdbc.sql("vacuum analyze report").update();
  }

  /** The import file and the same rows in COPY's text format as the report table stores them. */
  private long[] makeFiles(JdbcClient jdbc, TransactionTemplate tx, Path file, Path copyFile)
      throws IOException {
    long[] count = {0};
    List<Column> columns =
        List.of(
            Column.text("credit_code"),
            Column.number("year"),
            Column.number("month"),
            Column.text("indicator"),
            Column.number("value"),
            Column.number("same_period_last_year"),
            Column.text("unit"));
    try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20);
        TableWriter w = "xlsx".equals(format) ? XlsxTableWriter.to(o) : CsvTableWriter.to(o);
        BufferedWriter copy = Files.newBufferedWriter(copyFile, StandardCharsets.UTF_8)) {
      w.sheet("数据", columns);
      tx.executeWithoutResult(
          s ->
              jdbc.sql(
                      "select e.credit_code, r.enterprise_id, r.month, d.code, d.id, r.value, d.unit"
                          + " from report r join enterprise e on e.id = r.enterprise_id join"
                          + " indicator_definition d on d.id = r.indicator_id where r.year = ? and"
                          + " r.value is not null and r.month <= 10 order by r.month,"
                          + " r.enterprise_id, r.indicator_id limit ?")
                  .params(YEAR - 1, rows)
                  .withFetchSize(10_000)
                  .query(
                      rs -> {
                        BigDecimal last = rs.getBigDecimal(6);
                        int scale = "人".equals(rs.getString(7)) ? 0 : 2;
                        BigDecimal value =
                            last.multiply(new BigDecimal("1.05"))
                                .setScale(scale, RoundingMode.HALF_EVEN);
                        w.row(
                            rs.getString(1),
                            YEAR,
                            rs.getInt(3),
                            rs.getString(4),
                            value,
                            last,
                            rs.getString(7));
                        try {
                          copy.write(
                              YEAR
                                  + "\t"
                                  + rs.getInt(3)
                                  + "\t"
                                  + rs.getShort(5)
                                  + "\t"
                                  + rs.getInt(2)
                                  + "\t"
                                  + value.toPlainString()
                                  + "\t"
                                  + last.toPlainString()
                                  + "\t0\ttrue\n");
                        } catch (IOException e) {
                          throw new java.io.UncheckedIOException(e);
                        }
                        count[0]++;
                      }));
    }
    return count;
  }

  /**
   * PostgreSQL's COPY of the rows into {@code report}, timed, then rolled back; {@code bare}
   * without the per-row foreign-key triggers, as the import and the bulk load skip them.
   */
  private static long copyReference(DataSource dataSource, Path copyFile, boolean bare)
      throws SQLException, IOException {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        if (bare) {
          try (java.sql.Statement s = connection.createStatement()) {
            s.execute("set local session_replication_role = replica");
          }
        }
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        long start = System.nanoTime();
        try (InputStream in = Files.newInputStream(copyFile)) {
          copy.copyIn(
              "COPY report (year, month, indicator_id, enterprise_id, value,"
                  + " same_period_last_year, version, late) FROM STDIN",
              in);
        }
        return System.nanoTime() - start;
      } finally {
        connection.rollback();
      }
    }
  }
}

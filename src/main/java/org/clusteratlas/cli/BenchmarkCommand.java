package org.clusteratlas.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.clusteratlas.bulletin.BulletinService;
import org.clusteratlas.indicator.IndicatorReadModel;
import org.clusteratlas.shared.ReportingPeriod;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code benchmark [--year Y] [--json]}: the in-process half of {@code bench/core.sh} (see
 * docs/benchmarks.md), on a data directory that holds data already (it never loads the demo).
 *
 * <ul>
 *   <li>{@code indicators}: every indicator of the year for every cluster, i.e. the year's bulletin
 *       ({@link BulletinService#current(int)}: union, province and clusters of December) and {@link
 *       IndicatorReadModel#byCluster} for each month 1..12: {@code --warmups} runs, then the median
 *       and maximum of {@code --runs} runs;
 *   <li>{@code scan}: the reference of the same run, a plain {@code select sum(value) from report
 *       where year = Y} (median of {@code --runs} after the warm-ups);
 *   <li>its parts, each the median of {@code --runs}: the bulletin alone, and {@code byCluster} of
 *       one month (June);
 *   <li>{@code copy}: PostgreSQL's own COPY of every report row, out to a temporary file and into a
 *       fresh temporary table like {@code report} (primary key included, no foreign keys) inside a
 *       transaction that is rolled back: the reference for the demo load's report phase.
 * </ul>
 *
 * For the warm start it also reports where a command's time goes before and after the context: the
 * JVM's uptime when the command is called, the start of the application context (embedded
 * PostgreSQL and Flyway included), and the first bulletin composed in the process (cold). Times are
 * wall clock ({@link System#nanoTime()}), in milliseconds or seconds.
 */
@Command(
    name = "benchmark",
    hidden = true,
    description = "性能基准（见 docs/benchmarks.md）/ measure the core timings (see docs/benchmarks.md)",
    mixinStandardHelpOptions = true)
public final class BenchmarkCommand implements Callable<Integer> {

  @Mixin ContextOptions context;

  @Mixin BenchmarkOptions options;

  @Option(names = "--no-copy", description = "不测 COPY / skip the COPY reference")
  boolean noCopy;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException, SQLException {
    if (options.refusal() != null) {
      spec.commandLine().getErr().println(options.refusal());
      return 2;
    }
    // measuring must never load the demo: an empty directory is refused below
    context.noDemo = true;
    long jvmUptime = ManagementFactory.getRuntimeMXBean().getUptime();
    long contextStart = System.nanoTime();
    try (ConfigurableApplicationContext app = context.start(false, null)) {
      long contextTime = System.nanoTime() - contextStart;
      JdbcClient jdbc = app.getBean(JdbcClient.class);
      long yearRows =
          jdbc.sql("select count(*) from report where year = ?")
              .param(options.year)
              .query(Long.class)
              .single();
      if (yearRows == 0) {
        spec.commandLine()
            .getErr()
            .printf(
                "数据目录中没有 %d 年的报表 / no reports of %d in the data directory%n",
                options.year, options.year);
        return 2;
      }
      BulletinService bulletins = app.getBean(BulletinService.class);
      IndicatorReadModel indicators = app.getBean(IndicatorReadModel.class);
      Runnable everyIndicator =
          () -> {
            bulletins.current(options.year);
            for (int month = 1; month <= 12; month++) {
              indicators.byCluster(new ReportingPeriod(options.year, month));
            }
          };
      Runnable scan =
          () ->
              jdbc.sql("select sum(value) from report where year = ?")
                  .param(options.year)
                  .query(BigDecimal.class)
                  .single();

      long bulletinCold = time(() -> bulletins.current(options.year));
      long[] indicatorTimes = measure(everyIndicator);
      long[] scanTimes = measure(scan);
      // the parts of the whole, to tell which dominates
      long[] bulletinTimes = measure(() -> bulletins.current(options.year));
      long[] monthTimes = measure(() -> indicators.byCluster(new ReportingPeriod(options.year, 6)));

      Map<String, Object> result = new LinkedHashMap<>();
      result.put("year", options.year);
      result.put("report_rows_of_year", yearRows);
      result.put("runs", options.runs);
      result.put("warmups", options.warmups);
      result.put("jvm_uptime_at_command_ms", jvmUptime);
      result.put("context_start_ms", millis(contextTime));
      result.put("bulletin_cold_ms", millis(bulletinCold));
      result.put("indicators_median_ms", millis(median(indicatorTimes)));
      result.put("indicators_max_ms", millis(indicatorTimes[indicatorTimes.length - 1]));
      result.put("scan_median_ms", millis(median(scanTimes)));
      result.put("indicators_to_scan_ratio", ratio(median(indicatorTimes), median(scanTimes)));
      result.put("bulletin_median_ms", millis(median(bulletinTimes)));
      result.put("by_cluster_one_month_median_ms", millis(median(monthTimes)));
      if (!noCopy) {
        result.putAll(copy(app.getBean(DataSource.class)));
      }
      print(app, result);
      return 0;
    }
  }

  /** PostgreSQL's COPY of {@code report}, out to a file and in to a temporary twin, rolled back. */
  private static Map<String, Object> copy(DataSource dataSource) throws IOException, SQLException {
    Path file = Files.createTempFile("atlas-bench-report", ".copy");
    try (Connection connection = dataSource.getConnection()) {
      CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
      // COPY out writes row by row: buffered, as a pg_dump to a file would be
      long outStart = System.nanoTime();
      long rowsOut;
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
        rowsOut = copy.copyOut("COPY (select * from report) TO STDOUT", out);
      }
      long outTime = System.nanoTime() - outStart;
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      long rowsIn;
      long inTime;
      try {
        try (Statement statement = connection.createStatement()) {
          statement.execute(
              "create temp table bench_report_copy (like report including all) on commit drop");
        }
        long inStart = System.nanoTime();
        try (InputStream in = Files.newInputStream(file)) {
          rowsIn = copy.copyIn("COPY bench_report_copy FROM STDIN", in);
        }
        inTime = System.nanoTime() - inStart;
      } finally {
        connection.rollback();
        connection.setAutoCommit(autoCommit);
      }
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("copy_out_rows", rowsOut);
      result.put("copy_out_s", seconds(outTime));
      result.put("copy_file_bytes", Files.size(file));
      result.put("copy_in_rows", rowsIn);
      result.put("copy_in_s", seconds(inTime));
      return result;
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private void print(ConfigurableApplicationContext app, Map<String, Object> result) {
    PrintWriter out = spec.commandLine().getOut();
    if (options.json) {
      out.println(
          app.getBean(tools.jackson.databind.json.JsonMapper.class)
              .writerWithDefaultPrettyPrinter()
              .writeValueAsString(result));
    } else {
      int width = result.keySet().stream().mapToInt(String::length).max().orElse(0);
      result.forEach((key, value) -> out.printf("%-" + width + "s  %s%n", key, value));
    }
    out.flush();
  }

  /** Sorted times of {@code runs} runs after {@code warmups} untimed ones. */
  private long[] measure(Runnable task) {
    for (int i = 0; i < options.warmups; i++) {
      task.run();
    }
    long[] times = new long[options.runs];
    for (int i = 0; i < options.runs; i++) {
      times[i] = time(task);
    }
    Arrays.sort(times);
    return times;
  }

  private static long time(Runnable task) {
    long start = System.nanoTime();
    task.run();
    return System.nanoTime() - start;
  }

  /** The median of sorted times (the mean of the middle two for an even count). */
  static long median(long[] sorted) {
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  static BigDecimal millis(long nanos) {
    return BigDecimal.valueOf(nanos, 6).setScale(1, RoundingMode.HALF_UP);
  }

  static BigDecimal seconds(long nanos) {
    return BigDecimal.valueOf(nanos, 9).setScale(2, RoundingMode.HALF_UP);
  }

  static BigDecimal ratio(long numerator, long denominator) {
    return denominator == 0
        ? null
        : BigDecimal.valueOf(numerator)
            .divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
  }
}

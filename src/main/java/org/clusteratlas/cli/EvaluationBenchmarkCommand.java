package org.clusteratlas.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.clusteratlas.cluster.ClusterId;
import org.clusteratlas.evaluation.Evaluation;
import org.clusteratlas.evaluation.Evaluations;
import org.clusteratlas.evaluation.GradeCutoffs;
import org.clusteratlas.evaluation.WhatIf;
import org.clusteratlas.indicator.IndicatorReadModel;
import org.clusteratlas.shared.ReportingPeriod;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code benchmark-evaluation [--year Y] [--runs R] [--warmups W] [--json] --data DIR}: the
 * evaluation benchmark of docs/benchmarks.md, on a data directory that holds data already (it never
 * loads the demo). Everything runs in one transaction that is rolled back at the end, so the
 * directory is left as it was. Each figure is the median (and maximum) of {@code R} timed runs
 * after {@code W} untimed ones, wall clock:
 *
 * <ul>
 *   <li>{@code run}: {@link Evaluations#run} of the year — every provincial cluster read from the
 *       records, scored with its 37 leaves' explanations, and stored (one run, its results and
 *       scores, inserted with COPY);
 *   <li>{@code what_if}: {@link Evaluations#whatIf} of the latest run with 规模效益 at 20, 项目支撑 at 10
 *       and cut-offs 64 / 63 / 62, nothing saved;
 *   <li>{@code replay}, {@code latest} (the listing), {@code explain} (the first cluster);
 *   <li>the reference, {@code by_cluster}: {@link IndicatorReadModel#byCluster} of the year's
 *       December, one SQL statement over the same reports; and {@code compositions}, the read
 *       model's other query of a run.
 * </ul>
 */
@Command(
    name = "benchmark-evaluation",
    hidden = true,
    description = "评价基准测试 / evaluation benchmark (see docs/benchmarks.md)",
    mixinStandardHelpOptions = true)
public final class EvaluationBenchmarkCommand implements Callable<Integer> {

  @Mixin ContextOptions context;

  @Mixin BenchmarkOptions options;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (options.refusal() != null) {
      spec.commandLine().getErr().println(options.refusal());
      return 2;
    }
    context.noDemo = true;
    try (ConfigurableApplicationContext app = context.start(false, null)) {
      Evaluations evaluations = app.getBean(Evaluations.class);
      IndicatorReadModel indicators = app.getBean(IndicatorReadModel.class);
      ReportingPeriod december = ReportingPeriod.annual(options.year);
      WhatIf whatIf =
          new WhatIf(
              Map.of("scale", BigDecimal.valueOf(20), "projects", BigDecimal.TEN),
              new GradeCutoffs(
                  BigDecimal.valueOf(64), BigDecimal.valueOf(63), BigDecimal.valueOf(62)));
      Map<String, Object> result = new LinkedHashMap<>();
      new TransactionTemplate(app.getBean(PlatformTransactionManager.class))
          .executeWithoutResult(
              status -> {
                long[] run = measure(() -> evaluations.run(options.year, PeriodCommand.actor()));
                Evaluation latest = evaluations.latest(options.year);
                ClusterId first = new ClusterId(latest.results().get(0).clusterId());
                long[] what = measure(() -> evaluations.whatIf(options.year, whatIf));
                long[] replay = measure(() -> evaluations.replay(latest.runId()));
                long[] list = measure(() -> evaluations.latest(options.year));
                long[] explain = measure(() -> evaluations.explain(options.year, first));
                long[] byCluster = measure(() -> indicators.byCluster(december));
                long version = indicators.currentVersion();
                long[] compositions = measure(() -> indicators.compositions(december, version));
                result.put("year", options.year);
                result.put("clusters", latest.results().size());
                result.put("runs", options.runs);
                result.put("warmups", options.warmups);
                put(result, "run", run);
                put(result, "what_if", what);
                put(result, "replay", replay);
                put(result, "latest", list);
                put(result, "explain", explain);
                put(result, "by_cluster", byCluster);
                put(result, "compositions", compositions);
                long reference = BenchmarkCommand.median(byCluster);
                result.put(
                    "run_to_by_cluster_ratio",
                    BenchmarkCommand.ratio(BenchmarkCommand.median(run), reference));
                result.put(
                    "what_if_to_by_cluster_ratio",
                    BenchmarkCommand.ratio(BenchmarkCommand.median(what), reference));
                status.setRollbackOnly();
              });
      print(app, result);
      return 0;
    }
  }

  private static void put(Map<String, Object> result, String name, long[] sorted) {
    result.put(name + "_median_ms", BenchmarkCommand.millis(BenchmarkCommand.median(sorted)));
    result.put(name + "_max_ms", BenchmarkCommand.millis(sorted[sorted.length - 1]));
  }

  /** Sorted times of {@code runs} runs after {@code warmups} untimed ones. */
  private long[] measure(Runnable task) {
    for (int i = 0; i < options.warmups; i++) {
      task.run();
    }
    long[] times = new long[options.runs];
    for (int i = 0; i < options.runs; i++) {
      long start = System.nanoTime();
      task.run();
      times[i] = System.nanoTime() - start;
    }
    Arrays.sort(times);
    return times;
  }

  private void print(ConfigurableApplicationContext app, Map<String, Object> result) {
    PrintWriter out = spec.commandLine().getOut();
    if (options.json) {
      out.println(
          app.getBean(JsonMapper.class)
              .writerWithDefaultPrettyPrinter()
              .writeValueAsString(result));
    } else {
      int width = result.keySet().stream().mapToInt(String::length).max().orElse(0);
      result.forEach((key, value) -> out.printf("%-" + width + "s  %s%n", key, value));
    }
    out.flush();
  }
}

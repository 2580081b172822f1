package org.clusteratlas.cli;

import picocli.CommandLine.Option;

/** The options every timing benchmark takes: the year, the timed runs, the warm-ups, JSON out. */
final class BenchmarkOptions {

  @Option(names = "--year", defaultValue = "2025", description = "年份 / year (default 2025)")
  int year;

  @Option(names = "--runs", defaultValue = "15", description = "计时次数 / timed runs (default 15)")
  int runs;

  @Option(names = "--warmups", defaultValue = "3", description = "预热次数 / warm-up runs (default 3)")
  int warmups;

  @Option(names = "--json", description = "输出 JSON / print JSON")
  boolean json;

  /** Why the counts cannot be timed, or null when they can. */
  String refusal() {
    return runs < 1 || warmups < 0 ? "--runs must be at least 1, --warmups at least 0" : null;
  }
}

package org.clusteratlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The {@code benchmark} command's wiring and arithmetic. Its measurements start a whole context on
 * a loaded data directory and are run by {@code bench/core.sh}, not here (see docs/benchmarks.md).
 */
class BenchmarkCommandTests {

  @Test
  void benchmark_is_a_hidden_subcommand() {
    CommandLine cli = ClusterAtlas.commandLine();

    assertThat(cli.getSubcommands()).containsKey("benchmark");
    assertThat(cli.getSubcommands().get("benchmark").getCommandSpec().usageMessage().hidden())
        .isTrue();
  }

  @Test
  void no_timed_run_exits_with_2_before_anything_starts() {
    StringWriter err = new StringWriter();
    CommandLine cli = ClusterAtlas.commandLine();
    cli.setOut(new PrintWriter(new StringWriter(), true));
    cli.setErr(new PrintWriter(err, true));

    int code = cli.execute("benchmark", "--runs", "0");

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("--runs");
  }

  @Test
  void the_median_of_sorted_times_takes_the_middle_or_the_mean_of_the_middle_two() {
    assertThat(BenchmarkCommand.median(new long[] {1, 5, 9})).isEqualTo(5);
    assertThat(BenchmarkCommand.median(new long[] {1, 4, 6, 9})).isEqualTo(5);
    assertThat(BenchmarkCommand.median(new long[] {7})).isEqualTo(7);
  }

  @Test
  void nanoseconds_become_milliseconds_and_seconds_exactly_rounded() {
    assertThat(BenchmarkCommand.millis(1_234_567_890L)).isEqualByComparingTo("1234.6");
    assertThat(BenchmarkCommand.seconds(1_234_567_890L)).isEqualByComparingTo("1.23");
    assertThat(BenchmarkCommand.ratio(1_150, 177)).isEqualByComparingTo(new BigDecimal("6.5"));
    assertThat(BenchmarkCommand.ratio(1, 0)).isNull();
  }
}

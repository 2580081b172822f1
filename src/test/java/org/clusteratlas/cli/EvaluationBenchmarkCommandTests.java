package org.clusteratlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The {@code benchmark-evaluation} command's wiring. Its measurements need a loaded data directory
 * and are run by {@code bench/evaluation.sh}, not here (see docs/benchmarks.md).
 */
class EvaluationBenchmarkCommandTests {

  @Test
  void benchmark_evaluation_is_a_hidden_subcommand_and_evaluate_a_visible_one() {
    CommandLine cli = ClusterAtlas.commandLine();

    assertThat(cli.getSubcommands()).containsKeys("benchmark-evaluation", "evaluate");
    assertThat(
            cli.getSubcommands()
                .get("benchmark-evaluation")
                .getCommandSpec()
                .usageMessage()
                .hidden())
        .isTrue();
    assertThat(cli.getSubcommands().get("evaluate").getCommandSpec().usageMessage().hidden())
        .isFalse();
  }

  @Test
  void no_timed_run_exits_with_2_before_anything_starts() {
    StringWriter err = new StringWriter();
    CommandLine cli = ClusterAtlas.commandLine();
    cli.setOut(new PrintWriter(new StringWriter(), true));
    cli.setErr(new PrintWriter(err, true));

    int code = cli.execute("benchmark-evaluation", "--runs", "0");

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("--runs");
  }
}

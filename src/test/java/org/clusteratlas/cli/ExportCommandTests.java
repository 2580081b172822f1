package org.clusteratlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The {@code export} command's refusals. The request is checked before the application starts, so
 * these run without a database; a successful run starts a whole context and is left to the
 * integration tests of {@link org.clusteratlas.export.DataExport}.
 */
class ExportCommandTests {

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = ClusterAtlas.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void an_unknown_export_exits_with_2_and_names_the_rule_on_stderr() {
    Path file = dir.resolve("x.csv");

    int code = run("export", "--what", "invoices", "--year", "2025", "--out", file.toString());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("invoices").contains("[export.unknown-what]");
    assertThat(out.toString()).isEmpty();
    assertThat(file).doesNotExist();
  }

  @Test
  void a_reports_export_without_a_year_exits_with_2() {
    int code = run("export", "--what", "reports", "--out", dir.resolve("r.csv").toString());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("[export.year-missing]");
  }
}

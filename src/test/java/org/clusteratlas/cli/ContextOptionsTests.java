package org.clusteratlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Spring settings given after a command reach the application; anything else is refused. */
class ContextOptionsTests {

  @TempDir Path dir;

  @Test
  void spring_settings_after_a_command_reach_the_application() {
    CommandLine cli = ClusterAtlas.commandLine();
    CommandLine.ParseResult parsed =
        cli.parseArgs(
            "bulletin",
            "--year",
            "2025",
            "--spring.datasource.url=jdbc:postgresql://db.example/atlas",
            "--logging.level.root=error");
    BulletinCommand bulletin = (BulletinCommand) parsed.subcommand().commandSpec().userObject();
    assertThat(bulletin.context.springArguments)
        .containsExactly(
            "--spring.datasource.url=jdbc:postgresql://db.example/atlas",
            "--logging.level.root=error");
    assertThat(bulletin.year).isEqualTo(2025);
  }

  @Test
  void an_argument_that_is_not_a_setting_is_refused_with_exit_code_2_before_anything_starts() {
    CommandLine cli = ClusterAtlas.commandLine();
    StringWriter err = new StringWriter();
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute("bulletin", "--year", "2025", "--data", dir.toString(), "--colour=blue");
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("--colour=blue");
    assertThat(dir.resolve("pgdata")).doesNotExist();
  }
}

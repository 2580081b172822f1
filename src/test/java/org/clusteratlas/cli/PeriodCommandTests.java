package org.clusteratlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import org.clusteratlas.period.PeriodAction;
import org.clusteratlas.period.PeriodHistoryEntry;
import org.clusteratlas.period.PeriodLock;
import org.clusteratlas.period.ReportingWindow;
import org.clusteratlas.shared.Actor;
import org.clusteratlas.shared.ReportingPeriod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The {@code period} command: its wiring, the refusals checked before the database starts, and the
 * text {@code period show} prints. Runs against a database belong to the service's integration
 * tests.
 */
class PeriodCommandTests {

  private static final ReportingPeriod MARCH = new ReportingPeriod(2025, 3);

  @TempDir java.nio.file.Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = ClusterAtlas.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void period_has_show_accept_and_unlock() {
    CommandLine period = ClusterAtlas.commandLine().getSubcommands().get("period");

    assertThat(period).isNotNull();
    assertThat(period.getSubcommands()).containsOnlyKeys("show", "accept", "unlock");
  }

  @Test
  void the_command_line_acts_as_the_province_administrator_named_after_the_user() {
    Actor actor = PeriodCommand.actor();

    assertThat(actor.role()).isEqualTo(Actor.Role.PROVINCE_ADMIN);
    assertThat(actor.regionCode()).isEqualTo("360000");
    assertThat(actor.name()).isEqualTo("cli:" + System.getProperty("user.name"));
  }

  @Test
  void a_malformed_period_exits_with_2_before_the_database_starts() {
    int code = run("period", "accept", "2025-13", "--region", "360100", "--data", dir.toString());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("[period.month]");
    assertThat(dir.resolve("pgdata")).doesNotExist();
  }

  @Test
  void an_unlock_with_a_blank_reason_exits_with_2_before_the_database_starts() {
    int code =
        run(
            "period",
            "unlock",
            "2025-03",
            "--region",
            "360100",
            "--reason",
            "  ",
            "--data",
            dir.toString());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("[period.reason-missing]").contains("360100");
    assertThat(dir.resolve("pgdata")).doesNotExist();
  }

  @Test
  void an_unlock_without_a_reason_or_an_accept_without_a_region_is_a_usage_error() {
    assertThat(run("period", "unlock", "2025-03", "--region", "360100")).isEqualTo(2);
    assertThat(err.toString()).contains("--reason");
    assertThat(run("period", "accept", "2025-03")).isEqualTo(2);
    assertThat(err.toString()).contains("--region");
  }

  @Test
  void the_period_argument_is_the_commands_and_spring_settings_still_reach_the_application() {
    CommandLine.ParseResult parsed =
        ClusterAtlas.commandLine()
            .parseArgs("period", "show", "2025-03", "--spring.datasource.url=jdbc:postgresql:x");
    PeriodCommand.Show show =
        (PeriodCommand.Show) parsed.subcommand().subcommand().commandSpec().userObject();

    assertThat(show.period).isEqualTo("2025-03");
    assertThat(show.context.springArguments).contains("--spring.datasource.url=jdbc:postgresql:x");
  }

  @Test
  void show_prints_the_window_in_beijing_time_then_the_locks_and_the_history_with_reasons() {
    Actor admin = Actor.provinceAdministrator("cli:wang");
    Instant accepted = Instant.parse("2025-04-12T02:00:00Z");
    Instant unlocked = Instant.parse("2025-04-13T03:30:00Z");

    String text =
        PeriodCommand.render(
            ReportingWindow.byDefault(MARCH, 10),
            List.of(
                new PeriodLock(MARCH, "360000", accepted, "cli:wang", Actor.Role.PROVINCE_ADMIN)),
            List.of(
                new PeriodHistoryEntry(
                    MARCH, PeriodAction.ACCEPT, "360100", admin, accepted, null, null, null),
                new PeriodHistoryEntry(
                    MARCH, PeriodAction.UNLOCK, "360100", admin, unlocked, "南昌市补报", null, null)));

    assertThat(text)
        .contains("period 2025-03")
        .contains("2025-04-01 00:00:00 — 2025-04-11 00:00:00")
        .contains("默认 / default")
        .contains("360000  2025-04-12 10:00:00  cli:wang")
        .contains("2025-04-13 11:30:00  unlock")
        .contains("cli:wang (province_admin, 360000)  南昌市补报");
  }

  @Test
  void show_says_none_when_nothing_was_accepted_or_recorded() {
    String text = PeriodCommand.render(ReportingWindow.byDefault(MARCH, 10), List.of(), List.of());

    assertThat(text).contains("acceptances: 无 / none").contains("history: 无 / none");
  }
}

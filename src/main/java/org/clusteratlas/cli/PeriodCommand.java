package org.clusteratlas.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import org.clusteratlas.period.PeriodHistoryEntry;
import org.clusteratlas.period.PeriodLock;
import org.clusteratlas.period.ReportingPeriods;
import org.clusteratlas.period.ReportingWindow;
import org.clusteratlas.shared.Actor;
import org.clusteratlas.shared.ReportingPeriod;
import org.clusteratlas.shared.RuleViolation;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code period show|accept|unlock PERIOD}: a reporting period's window, acceptances and history,
 * and its acceptance or unlock by the province administrator ({@code cli:} + the operating-system
 * user). The period, and an unlock's reason, are checked before the database starts.
 */
@Command(
    name = "period",
    description = "报告期：报送时间窗口、验收与解锁 / reporting periods: window, acceptance, unlock",
    mixinStandardHelpOptions = true,
    subcommands = {
      PeriodCommand.Show.class,
      PeriodCommand.Accept.class,
      PeriodCommand.Unlock.class
    })
public final class PeriodCommand {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  /** The command line acts for the cluster division, named after who runs it. */
  static Actor actor() {
    return Actor.provinceAdministrator("cli:" + System.getProperty("user.name"));
  }

  /** {@code period show 2025-03}. */
  @Command(
      name = "show",
      description = "显示报告期 / show a period's window, acceptances and history",
      mixinStandardHelpOptions = true)
  static final class Show implements Callable<Integer> {

    @Mixin ContextOptions context;

    @Parameters(index = "0", paramLabel = "PERIOD", description = "报告期 / period, e.g. 2025-03")
    String period;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      ReportingPeriod p = ReportingPeriod.parse(period);
      try (ConfigurableApplicationContext app = start(context, period)) {
        ReportingPeriods periods = app.getBean(ReportingPeriods.class);
        print(spec, render(periods.window(p), periods.locks(p), periods.history(p)));
        return 0;
      }
    }
  }

  /** {@code period accept 2025-03 --region 360100}. */
  @Command(
      name = "accept",
      description = "验收并锁定报告期 / accept a period for a region, locking it",
      mixinStandardHelpOptions = true)
  static final class Accept implements Callable<Integer> {

    @Mixin ContextOptions context;

    @Parameters(index = "0", paramLabel = "PERIOD", description = "报告期 / period, e.g. 2025-03")
    String period;

    @Option(
        names = "--region",
        required = true,
        paramLabel = "CODE",
        description = "地区代码 / region code: 360000 province, a city or a county")
    String region;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      ReportingPeriod p = ReportingPeriod.parse(period);
      try (ConfigurableApplicationContext app = start(context, period)) {
        PeriodLock lock = app.getBean(ReportingPeriods.class).accept(p, region, actor());
        print(
            spec,
            String.format(
                "已验收并锁定 %s 报告期地区 %s / accepted and locked %s for %s%n",
                p, lock.regionCode(), p, lock.regionCode()));
        return 0;
      }
    }
  }

  /** {@code period unlock 2025-03 --region 360100 --reason "…"}. */
  @Command(
      name = "unlock",
      description = "解锁已验收的报告期 / lift a region's acceptance of a period",
      mixinStandardHelpOptions = true)
  static final class Unlock implements Callable<Integer> {

    @Mixin ContextOptions context;

    @Parameters(index = "0", paramLabel = "PERIOD", description = "报告期 / period, e.g. 2025-03")
    String period;

    @Option(
        names = "--region",
        required = true,
        paramLabel = "CODE",
        description = "地区代码 / region code")
    String region;

    @Option(
        names = "--reason",
        required = true,
        paramLabel = "TEXT",
        description = "解锁理由 / why it is unlocked (required)")
    String reason;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      ReportingPeriod p = ReportingPeriod.parse(period);
      if (reason.isBlank()) {
        throw new RuleViolation("period.reason-missing", region, p);
      }
      try (ConfigurableApplicationContext app = start(context, period)) {
        app.getBean(ReportingPeriods.class).unlock(p, region, actor(), reason);
        print(spec, String.format("已解锁 %s 报告期地区 %s / unlocked %s for %s%n", p, region, p, region));
        return 0;
      }
    }
  }

  /**
   * Starts the context. The mixin's catch-all positional list receives the period too (picocli
   * gives an argument to every positional whose index matches); it is the command's, not a setting.
   */
  private static ConfigurableApplicationContext start(ContextOptions context, String period) {
    context.springArguments.remove(period);
    return context.start(false, null);
  }

  /** A period as text: the window in Beijing time, then acceptances, then history. */
  static String render(
      ReportingWindow window, List<PeriodLock> locks, List<PeriodHistoryEntry> history) {
    StringBuilder out = new StringBuilder();
    out.append("报告期 / period ").append(window.period()).append('\n');
    out.append(
        String.format(
            "报送时间窗口 / reporting window: %s — %s (北京时间 / Beijing time, %s)%n",
            beijing(window.opensAt()),
            beijing(window.closesAt()),
            window.overridden() ? "已调整 / set by hand" : "默认 / default"));
    out.append("验收锁定 / acceptances:");
    if (locks.isEmpty()) {
      out.append(" 无 / none\n");
    } else {
      out.append('\n');
      for (PeriodLock lock : locks) {
        out.append(
            String.format(
                "  %s  %s  %s%n",
                lock.regionCode(), beijing(lock.acceptedAt()), lock.acceptedBy()));
      }
    }
    out.append("记录 / history:");
    if (history.isEmpty()) {
      out.append(" 无 / none\n");
    } else {
      out.append('\n');
      for (PeriodHistoryEntry step : history) {
        out.append(
            String.format(
                "  %s  %-10s %s  %s (%s, %s)",
                beijing(step.at()),
                step.action().code(),
                step.regionCode(),
                step.actor().name(),
                step.actor().role().name().toLowerCase(java.util.Locale.ROOT),
                step.actor().regionCode()));
        if (step.opensAt() != null) {
          out.append(String.format("  %s — %s", beijing(step.opensAt()), beijing(step.closesAt())));
        }
        if (step.reason() != null) {
          out.append("  ").append(step.reason());
        }
        out.append('\n');
      }
    }
    return out.toString();
  }

  private static String beijing(Instant instant) {
    return TIME.format(instant.atZone(ReportingWindow.ZONE));
  }

  private static void print(picocli.CommandLine.Model.CommandSpec spec, String text) {
    PrintWriter out = spec.commandLine().getOut();
    out.print(text);
    out.flush();
  }
}

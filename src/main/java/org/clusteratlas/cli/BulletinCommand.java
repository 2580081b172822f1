package org.clusteratlas.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.clusteratlas.bulletin.Bulletin;
import org.clusteratlas.bulletin.BulletinService;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code bulletin --year Y [--as-published | --revisions] [--json]}: the year's bulletin from the
 * current data, as published, or the difference between the two; as text or JSON.
 */
@Command(
    name = "bulletin",
    description = "生成年度通报 / print a year's bulletin",
    mixinStandardHelpOptions = true)
public final class BulletinCommand implements Callable<Integer> {

  @Mixin ContextOptions context;

  @Option(names = "--year", required = true, description = "年份 / year, e.g. 2025")
  int year;

  /** Null when neither option is given. */
  @ArgGroup(exclusive = true)
  Edition edition;

  /** At most one of the two: picocli refuses both together (exit code 2). */
  static final class Edition {
    @Option(
        names = "--as-published",
        description = "按发布时数据 / as published, from the data version of its publication")
    boolean asPublished;

    @Option(
        names = "--revisions",
        description = "发布时与修订后逐项对比 / each figure as published against as revised now")
    boolean revisions;
  }

  @Option(names = "--json", description = "输出 JSON / print JSON")
  boolean json;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    try (ConfigurableApplicationContext app = context.start(false, null)) {
      print(app.getBean(BulletinService.class), app.getBean(JsonMapper.class));
      return 0;
    }
  }

  /** Writes what the options ask for to standard output. */
  void print(BulletinService bulletins, JsonMapper mapper) {
    Object result;
    String text;
    if (edition != null && edition.revisions) {
      var revisions = bulletins.revisions(year);
      result = revisions;
      text = revisions.text();
    } else {
      Bulletin bulletin =
          edition != null && edition.asPublished
              ? bulletins.asPublished(year)
              : bulletins.current(year);
      result = bulletin;
      text = bulletin.editionLabel() + "\n" + bulletin.text();
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(json ? mapper.writerWithDefaultPrettyPrinter().writeValueAsString(result) : text);
    out.flush();
  }
}

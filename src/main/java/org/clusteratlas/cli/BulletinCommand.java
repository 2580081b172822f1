package org.clusteratlas.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.clusteratlas.bulletin.Bulletin;
import org.clusteratlas.bulletin.BulletinService;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/** {@code bulletin --year Y [--json]}: the year's bulletin, as text or JSON. */
@Command(
    name = "bulletin",
    description = "生成年度通报 / print a year's bulletin",
    mixinStandardHelpOptions = true)
public final class BulletinCommand implements Callable<Integer> {

  @Mixin ContextOptions context;

  @Option(names = "--year", required = true, description = "年份 / year, e.g. 2025")
  int year;

  @Option(names = "--json", description = "输出 JSON / print JSON")
  boolean json;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    try (ConfigurableApplicationContext app = context.start(false, null)) {
      Bulletin bulletin = app.getBean(BulletinService.class).compose(year);
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        out.println(
            app.getBean(JsonMapper.class)
                .writerWithDefaultPrettyPrinter()
                .writeValueAsString(bulletin));
      } else {
        out.println(bulletin.text());
      }
      out.flush();
      return 0;
    }
  }
}

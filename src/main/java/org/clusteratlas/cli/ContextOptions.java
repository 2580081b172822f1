package org.clusteratlas.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clusteratlas.ClusterAtlasApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Options every command shares, and the start of the application context from them. */
public final class ContextOptions {

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "数据目录 / data directory (default: ~/.cluster-atlas)")
  Path data;

  @Option(
      names = "--no-demo",
      description =
          "空数据目录首次启动时不装载演示省份 / do not load the demo province into an empty data directory")
  boolean noDemo;

  // positional, with unmatched options treated as positional by ClusterAtlas: a mixin's @Unmatched
  // is not consulted for the subcommand it is mixed into
  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  @Parameters(hidden = true)
  List<String> springArguments = new ArrayList<>();

  /** Starts the application; {@code web} with the HTTP server on {@code port}. */
  ConfigurableApplicationContext start(boolean web, Integer port) {
    for (String argument : springArguments) {
      if (!argument.startsWith("--spring.")
          && !argument.startsWith("--atlas.")
          && !argument.startsWith("--server.")
          && !argument.startsWith("--logging.")) {
        throw new picocli.CommandLine.ParameterException(
            command.commandLine(), "未知参数 / unknown argument: " + argument);
      }
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    if (data != null) {
      properties.put("atlas.data-dir", data.toAbsolutePath().toString());
    }
    if (noDemo) {
      properties.put("atlas.demo.enabled", "false");
    }
    if (port != null) {
      properties.put("server.port", port);
    }
    if (!web) {
      properties.put("logging.level.root", "warn");
      properties.put("logging.level.org.clusteratlas", "info");
    }
    // as command-line arguments, these win over application.properties (default properties
    // would not); a key the user gives too is left to the user (Spring would join both values)
    for (String argument : springArguments) {
      properties.remove(argument.substring(2).split("=", 2)[0]);
    }
    List<String> arguments = new ArrayList<>();
    properties.forEach((key, value) -> arguments.add("--" + key + "=" + value));
    arguments.addAll(springArguments);
    return new SpringApplicationBuilder(ClusterAtlasApplication.class)
        .web(web ? WebApplicationType.SERVLET : WebApplicationType.NONE)
        .logStartupInfo(false)
        .run(arguments.toArray(String[]::new));
  }
}

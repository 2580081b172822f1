package org.clusteratlas.cli;

import org.clusteratlas.shared.RuleViolation;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line of Cluster Atlas: {@code java -jar cluster-atlas.jar COMMAND [OPTIONS]}. Exit
 * codes: 0 done, 2 refused input (the message says where and why), 1 internal fault.
 *
 * <p>It lives in the command-line module, which starts {@link
 * org.clusteratlas.ClusterAtlasApplication}; the root package depends on no module, so there is no
 * cycle between the two.
 */
@Command(
    name = "cluster-atlas",
    description = "产业集群全生命周期管理平台 / industrial cluster lifecycle platform",
    mixinStandardHelpOptions = true,
    version = "Cluster Atlas 0.1.0",
    subcommands = {
      ServeCommand.class,
      BulletinCommand.class,
      EvaluateCommand.class,
      ExportCommand.class,
      ImportCommand.class,
      PeriodCommand.class,
      UserCommand.class,
      BenchmarkCommand.class,
      ImportBenchmarkCommand.class,
      EvaluationBenchmarkCommand.class
    })
public final class ClusterAtlas {

  public static void main(String[] args) {
    int code = commandLine().execute(args.length == 0 ? new String[] {"serve"} : args);
    // serve keeps running on the web server's threads; every other command ends here
    if (code != 0 || args.length == 0 || !"serve".equals(args[0])) {
      System.exit(code);
    }
  }

  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new ClusterAtlas());
    // --spring.*, --server.*, … are not picocli options: let them reach ContextOptions' positional
    // list (which checks their prefix) and from there the Spring application
    cli.setUnmatchedOptionsArePositionalParams(true);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RuleViolation violation) {
              commandLine.getErr().println(violation.getMessage());
              return 2;
            }
          }
          throw e;
        });
    return cli;
  }
}

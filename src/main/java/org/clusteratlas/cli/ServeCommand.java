package org.clusteratlas.cli;

import java.util.concurrent.Callable;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code serve}: starts the platform and prints its address. */
@Command(name = "serve", description = "启动平台 / start the platform", mixinStandardHelpOptions = true)
public final class ServeCommand implements Callable<Integer> {

  @Mixin ContextOptions context;

  @Option(names = "--port", description = "HTTP 端口 / HTTP port (default 8080)")
  Integer port;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    ConfigurableApplicationContext app = context.start(true, port != null ? port : 8080);
    int actual = ((WebServerApplicationContext) app).getWebServer().getPort();
    spec.commandLine()
        .getOut()
        .printf("Cluster Atlas 已启动 / is running: http://localhost:%d/%n", actual);
    spec.commandLine().getOut().flush();
    return null;
  }
}

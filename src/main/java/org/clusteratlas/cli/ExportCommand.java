package org.clusteratlas.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.clusteratlas.export.DataExport;
import org.clusteratlas.export.ExportRequest;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code export --what W [--year Y] --out FILE.csv}: writes an export to a file, as the province
 * administrator sees the data. The request is checked before the database starts, and the file
 * appears only when complete: rows go to a temporary file beside it that replaces it at the end.
 */
@Command(
    name = "export",
    description = "导出数据为 CSV / export data as CSV (see docs/data-dictionary.md)",
    mixinStandardHelpOptions = true)
public final class ExportCommand implements Callable<Integer> {

  @Mixin ContextOptions context;

  @Option(
      names = "--what",
      required = true,
      paramLabel = "W",
      description =
          "导出内容 / what to export: clusters, designations, enterprises, memberships, reports,"
              + " indicators")
  String what;

  @Option(
      names = "--year",
      paramLabel = "Y",
      description = "年份 / year (required for enterprises, reports, indicators)")
  Integer year;

  @Option(names = "--out", required = true, paramLabel = "FILE.csv", description = "输出文件 / file")
  Path out;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    ExportRequest request = ExportRequest.of(what, year);
    Path target = out.toAbsolutePath();
    Files.createDirectories(target.getParent());
    try (ConfigurableApplicationContext app = context.start(false, null)) {
      Path partial = target.resolveSibling(target.getFileName() + ".part");
      long rows;
      try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(partial))) {
        rows = app.getBean(DataExport.class).write(request, file);
      } catch (RuntimeException | IOException e) {
        Files.deleteIfExists(partial);
        throw e;
      }
      Files.move(
          partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      PrintWriter stdout = spec.commandLine().getOut();
      stdout.printf("已导出 %d 行到 %s / wrote %d rows to %s%n", rows, target, rows, target);
      stdout.flush();
      return 0;
    }
  }
}

package org.clusteratlas.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.clusteratlas.collection.ImportProgress;
import org.clusteratlas.collection.ImportReport;
import org.clusteratlas.collection.ImportRequest;
import org.clusteratlas.collection.ImportService;
import org.clusteratlas.collection.ImportStatus;
import org.clusteratlas.collection.Problem;
import org.clusteratlas.shared.Actor;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code import FILE [--json] [--reason R] [--lang en]}: imports a file of enterprise reports as
 * the province administrator. Exit 0 when the file was applied, 2 when it was refused or held for
 * explanations, 1 on an internal fault. Progress lines go to standard error (the first names the
 * import's number, by which {@code GET /api/v1/imports/{id}} finds it even if the process was
 * killed), the report to standard output. {@code import --template FILE.xlsx|.csv} writes the
 * template to fill in.
 */
@Command(
    name = "import",
    description = "导入企业报表（XLSX/CSV）/ import enterprise reports (XLSX or CSV)",
    mixinStandardHelpOptions = true)
public final class ImportCommand implements Callable<Integer> {

  @Mixin ContextOptions context;

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "报表文件 / file")
  Path file;

  @Option(names = "--json", description = "以 JSON 输出导入报告 / print the import report as JSON")
  boolean json;

  @Option(names = "--reason", paramLabel = "R", description = "报送或修订原因 / why the data are sent")
  String reason;

  @Option(
      names = "--lang",
      paramLabel = "zh|en",
      description = "报告语言 / language of the report (default zh)")
  String lang = "zh";

  @Option(
      names = "--template",
      paramLabel = "OUT",
      description = "写出填报模板（.xlsx 或 .csv）/ write the template to fill in")
  Path template;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (template == null && file == null) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "请指定要导入的文件或 --template / give a FILE or --template");
    }
    if (file != null && !Files.isReadable(file)) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "文件不存在或不可读 / cannot read the file: " + file);
    }
    keepTheFileOutOfTheSettings();
    try (ConfigurableApplicationContext app = context.start(false, null)) {
      return execute(app.getBean(ImportService.class), app.getBean(JsonMapper.class));
    }
  }

  /**
   * The mixin's catch-all positional list receives the file too (picocli gives an argument to every
   * positional whose index matches); it is the command's, not a setting for the application.
   */
  void keepTheFileOutOfTheSettings() {
    if (file == null) {
      return;
    }
    for (String argument : context.springArguments) {
      if (file.equals(Path.of(argument))) {
        context.springArguments.remove(argument);
        return;
      }
    }
  }

  /**
   * Writes the template, or imports the file and prints its report; returns the exit code. The
   * options are checked by {@link #call()} before the application starts.
   */
  int execute(ImportService imports, JsonMapper mapper) throws IOException {
    Locale locale = "en".equals(lang) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (template != null) {
      String format = template.getFileName().toString().endsWith(".csv") ? "csv" : "xlsx";
      try (OutputStream o = Files.newOutputStream(template)) {
        imports.writeTemplate(format, o, locale);
      }
      out.printf("已写出模板 %s / wrote the template%n", template);
      out.flush();
      return 0;
    }
    Actor actor = Actor.provinceAdministrator("cli:" + System.getProperty("user.name"));
    int[] lastPercent = {-1};
    ImportReport report =
        imports.run(
            new ImportRequest(file, file.getFileName().toString(), actor, reason),
            p -> progressLine(err, p, lastPercent),
            locale);
    if (json) {
      out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(report));
    } else {
      printText(out, report, locale);
    }
    out.flush();
    return report.status() == ImportStatus.APPLIED ? 0 : 2;
  }

  /**
   * The import's number first, once it is recorded (so that an import cut short can be looked up by
   * it), then a line each tenth of the file and one at each change of phase.
   */
  private static void progressLine(PrintWriter err, ImportProgress p, int[] last) {
    if (last[0] < 0) {
      err.printf("导入 #%d 开始 / import #%d started%n", p.id(), p.id());
    }
    int tenth = p.percent() / 10 * 10;
    if (tenth != last[0] || !"reading".equals(p.phase())) {
      last[0] = tenth;
      err.printf(
          "导入进度 / import progress: %d%% %s（已读 %d 行 / rows read）%n",
          p.percent(), p.phase(), p.rowsRead());
      err.flush();
    }
  }

  private static void printText(PrintWriter out, ImportReport r, Locale locale) {
    boolean zh = !Locale.ENGLISH.equals(locale);
    out.printf(
        zh
            ? "导入 #%d %s：%s%n读取 %d 行：新增 %d，修订 %d，未变 %d，拒收 %d（有问题的行 %d，迟报 %d）%n"
            : "import #%d %s: %s%nread %d rows: inserted %d, updated %d, unchanged %d, rejected %d"
                + " (rows with problems %d, late %d)%n",
        r.id(),
        r.file(),
        r.status().id(),
        r.counts().read(),
        r.counts().inserted(),
        r.counts().updated(),
        r.counts().unchanged(),
        r.counts().rejected(),
        r.counts().rowsWithProblems(),
        r.counts().late());
    for (String notice : r.notices()) {
      out.println(notice);
    }
    for (Problem p : r.problems()) {
      out.printf(
          zh ? "第 %d 行 [%s] %s（%s，%s）%s%n" : "row %d [%s] %s (%s, %s) %s%n",
          p.row(),
          p.column(),
          p.value(),
          p.rule(),
          p.tier().id(),
          p.message());
    }
    if (r.problemsTotal() > r.problems().size()) {
      out.printf(
          zh ? "……另有 %d 个问题未列出%n" : "… and %d more problems%n",
          r.problemsTotal() - r.problems().size());
    }
  }
}

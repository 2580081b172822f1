package org.clusteratlas.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import org.clusteratlas.cluster.ClusterId;
import org.clusteratlas.evaluation.ClusterExplanation;
import org.clusteratlas.evaluation.ClusterResult;
import org.clusteratlas.evaluation.Evaluation;
import org.clusteratlas.evaluation.Evaluations;
import org.clusteratlas.evaluation.Stars;
import org.clusteratlas.period.ReportingWindow;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code evaluate --year Y [--latest] [--cluster ID] [--json]}: runs the year's comprehensive
 * evaluation as the province administrator ({@code cli:} + the operating-system user) and prints
 * every evaluated cluster, best first; with {@code --latest} prints the year's latest stored run
 * instead of running one; with {@code --cluster ID} prints that cluster's explanation.
 */
@Command(
    name = "evaluate",
    description = "省级产业集群综合评价 / run and print the year's comprehensive evaluation of clusters",
    mixinStandardHelpOptions = true)
public final class EvaluateCommand implements Callable<Integer> {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  @Mixin ContextOptions context;

  @Option(names = "--year", required = true, description = "评价年度 / year evaluated, e.g. 2025")
  int year;

  @Option(
      names = "--latest",
      description = "不重新评价，显示该年最近一次评价 / print the year's latest run instead of running one")
  boolean latest;

  @Option(
      names = "--cluster",
      paramLabel = "ID",
      description = "显示该集群的得分说明 / print this cluster's explanation")
  String cluster;

  @Option(names = "--json", description = "输出 JSON / print JSON")
  boolean json;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    ClusterId id = cluster == null ? null : ClusterId.parse(cluster);
    try (ConfigurableApplicationContext app = context.start(false, null)) {
      print(app.getBean(Evaluations.class), app.getBean(JsonMapper.class), id);
      return 0;
    }
  }

  /** Runs (unless {@code --latest}) and writes what the options ask for to standard output. */
  void print(Evaluations evaluations, JsonMapper mapper, ClusterId explained) {
    Evaluation evaluation =
        latest ? evaluations.latest(year) : evaluations.run(year, PeriodCommand.actor());
    Object result =
        explained == null ? evaluation : evaluations.explain(evaluation.runId(), explained);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(result));
    } else {
      out.print(result instanceof ClusterExplanation e ? render(e) : render((Evaluation) result));
    }
    out.flush();
  }

  static String render(Evaluation e) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            "%d年省级产业集群综合评价 / evaluation of %d: 评价 / run %d，方案 / scheme %s，数据版本 / data"
                + " version %d，%s（北京时间 / Beijing time），上年评价 / last year's run %s%n",
            e.year(),
            e.year(),
            e.runId(),
            e.schemeVersion(),
            e.dataVersion(),
            TIME.format(e.ranAt().atZone(ReportingWindow.ZONE)),
            e.previousRunId() == null ? "无 / none" : e.previousRunId()));
    out.append(
        String.format(
            "自评报告版本 / self-report version %d：%d 个集群无计入的年度自评报告，其取自自评报告的 %s 分按缺失值得分计 / %d"
                + " clusters had no self-report that counted: the %s points taken from it scored"
                + " their missing score%n",
            e.selfReportVersion(),
            e.selfReportsMissing(),
            plain(e.selfReportWeight()),
            e.selfReportsMissing(),
            plain(e.selfReportWeight())));
    out.append("名次/rank  总分/total  等次/grade  星级/stars  集群/cluster\n");
    for (ClusterResult r : e.results()) {
      out.append(
          String.format(
              "%9d  %10s  %-10s  %-10s  %s (%d)%n",
              r.rank(),
              r.total().toPlainString(),
              r.grade().nameZh(),
              r.stars() == 0 ? "—" : Stars.symbols(r.stars()),
              r.name(),
              r.clusterId()));
    }
    return out.toString();
  }

  static String render(ClusterExplanation e) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            "%s (%d)：%d年 总分 / total %s，%s，第 %d 名 / rank %d of %d，星级 / stars %s（上年 / last year %s）%n",
            e.name(),
            e.clusterId(),
            e.year(),
            e.total().toPlainString(),
            e.grade().nameZh(),
            e.rank(),
            e.rank(),
            e.cohortSize(),
            e.stars() == 0 ? "—" : Stars.symbols(e.stars()),
            e.lastYearGrade() == null ? "—" : e.lastYearGrade().nameZh()));
    out.append(
        String.format(
            "评价 / run %d，方案 / scheme %s，数据版本 / data version %d；等次分数线 / cut-offs 优秀 ≥ %s，良好 ≥ %s，合格"
                + " ≥ %s%n",
            e.runId(),
            e.schemeVersion(),
            e.dataVersion(),
            plain(e.cutoffs().excellent()),
            plain(e.cutoffs().good()),
            plain(e.cutoffs().pass())));
    for (ClusterExplanation.Subtotal s : e.indicators()) {
      out.append(
          String.format(
              "%s %s：%s / %s%n", s.code(), s.nameZh(), plain(s.points()), plain(s.weight())));
      for (ClusterExplanation.Line l : e.leaves()) {
        if (l.code().startsWith(s.code() + ".")) {
          out.append(
              String.format(
                  "  %-45s %-24s %s%n",
                  l.code(),
                  l.nameZh(),
                  (l.raw() == null
                          ? ""
                          : plain(l.raw()) + (l.unit() == null ? "" : " " + l.unit()) + "：")
                      + l.how()));
        }
      }
    }
    return out.toString();
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}

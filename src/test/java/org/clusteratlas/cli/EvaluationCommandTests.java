package org.clusteratlas.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.clusteratlas.AtlasIntegrationTest;
import org.clusteratlas.cluster.ClusterId;
import org.clusteratlas.evaluation.Evaluations;
import org.clusteratlas.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code evaluate} command's options, parsed by picocli and printed with this context's beans
 * (a run of the command would start a context of its own on a data directory this one holds); the
 * runs roll back with each test.
 */
@AtlasIntegrationTest
@Transactional
class EvaluationCommandTests {

  @Autowired Evaluations evaluations;
  @Autowired JsonMapper json;

  private String print(String... args) {
    EvaluateCommand command = new EvaluateCommand();
    CommandLine cli = new CommandLine(command);
    StringWriter out = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.parseArgs(args);
    command.print(
        evaluations, json, command.cluster == null ? null : ClusterId.parse(command.cluster));
    return out.toString();
  }

  @Test
  void evaluate_runs_the_year_and_prints_every_cluster_best_first_with_the_versions_it_used() {
    String out = print("--year", "2025");

    String[] lines = out.split("\n");
    assertThat(lines[0])
        .startsWith("2025年省级产业集群综合评价 / evaluation of 2025: 评价 / run ")
        .contains("方案 / scheme 2021.1")
        .contains("上年评价 / last year's run ");
    // the demo province leaves three clusters without a 2025 self-report
    assertThat(lines[1])
        .startsWith("自评报告版本 / self-report version ")
        .contains("：3 个集群无计入的年度自评报告，其取自自评报告的 76 分按缺失值得分计");
    assertThat(lines[2]).isEqualTo("名次/rank  总分/total  等次/grade  星级/stars  集群/cluster");
    assertThat(lines).hasSize(3 + 118);
    assertThat(lines[3]).matches("\\s+1\\s+\\d{2}\\.\\d{2}\\s+(优秀|良好|合格|不合格)\\s+.+集群 \\(\\d+\\)");
  }

  @Test
  void evaluate_latest_as_json_prints_the_stored_run_without_running_another() throws Exception {
    long runId = evaluations.run(2025, PeriodCommand.actor()).runId();

    JsonNode latest =
        JsonMapper.builder().build().readTree(print("--year", "2025", "--latest", "--json"));

    assertThat(latest.get("run_id").asLong()).isEqualTo(runId);
    assertThat(latest.get("results")).hasSize(118);
    assertThat(latest.get("results").get(0).get("scheme_version").asString()).isEqualTo("2021.1");
    assertThat(evaluations.latest(2025).runId()).isEqualTo(runId);
  }

  @Test
  void evaluate_with_a_cluster_prints_its_explanation_leaf_by_leaf() {
    long id = evaluations.run(2025, PeriodCommand.actor()).results().get(0).clusterId();

    String out = print("--year", "2025", "--latest", "--cluster", String.valueOf(id));

    assertThat(out.split("\n")[0]).contains("(" + id + ")：2025年 总分 / total ").contains("第 1 名");
    assertThat(out)
        .contains("scale 规模效益：")
        .contains("scale.size.revenue")
        .contains("亿元：clamp(60 + 40 × (")
        .contains("from self_report v");
  }

  @Test
  void evaluate_latest_of_a_year_never_evaluated_is_refused_by_name() {
    assertThatThrownBy(() -> print("--year", "2022", "--latest"))
        .isInstanceOfSatisfying(
            RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("evaluation.unknown"));
  }

  @Test
  void evaluate_without_a_year_exits_with_2_before_anything_starts(@TempDir Path dir) {
    StringWriter err = new StringWriter();
    CommandLine cli = ClusterAtlas.commandLine();
    cli.setOut(new PrintWriter(new StringWriter(), true));
    cli.setErr(new PrintWriter(err, true));

    int code = cli.execute("evaluate", "--data", dir.toString());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("--year");
    assertThat(dir).isEmptyDirectory();
  }
}

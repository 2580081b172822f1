package org.clusteratlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.clusteratlas.AtlasIntegrationTest;
import org.clusteratlas.bulletin.BulletinService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code bulletin} command's options. A run of the command starts a context of its own on a
 * data directory, which this test's context holds already; so the options are parsed by picocli and
 * the output written with this context's beans.
 */
@AtlasIntegrationTest
class BulletinCommandTests {

  @Autowired BulletinService bulletins;
  @Autowired JsonMapper json;

  private String print(String... args) {
    BulletinCommand command = new BulletinCommand();
    CommandLine cli = new CommandLine(command);
    StringWriter out = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.parseArgs(args);
    command.print(bulletins, json);
    return out.toString();
  }

  @Test
  void as_published_prints_the_publication_and_data_version_before_the_text() {
    long version = bulletins.publication(2025).orElseThrow().dataVersion();

    String out = print("--year", "2025", "--as-published");

    assertThat(out)
        .startsWith("按发布时数据：2026-03-18发布，数据版本 " + version + "\n【演示数据】")
        .contains("118个省级产业集群实现营业收入3.9万亿元，增长9.8%");
  }

  @Test
  void without_an_option_the_command_prints_the_current_bulletin_and_its_data_version() {
    String out = print("--year", "2025");

    assertThat(out)
        .startsWith("按修订后数据：当前数据版本 " + bulletins.current(2025).dataVersion() + "\n")
        .contains("实现利润1793亿元，增长11.6%");
  }

  @Test
  void revisions_as_json_list_every_figure_with_its_publication() throws Exception {
    JsonNode revisions =
        JsonMapper.builder().build().readTree(print("--year", "2025", "--revisions", "--json"));

    assertThat(revisions.get("published_on").asString()).isEqualTo("2026-03-18");
    assertThat(revisions.get("figures")).hasSize(12);
    assertThat(revisions.get("figures").get(0).get("key").asString())
        .isEqualTo("provincial_cluster_count");
  }

  @Test
  void as_published_and_revisions_together_exit_with_2_before_anything_starts(@TempDir Path dir) {
    StringWriter err = new StringWriter();
    CommandLine cli = ClusterAtlas.commandLine();
    cli.setOut(new PrintWriter(new StringWriter(), true));
    cli.setErr(new PrintWriter(err, true));

    int code =
        cli.execute(
            "bulletin",
            "--year",
            "2025",
            "--as-published",
            "--revisions",
            "--data",
            dir.toString());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("mutually exclusive");
    assertThat(dir).isEmptyDirectory();
  }
}

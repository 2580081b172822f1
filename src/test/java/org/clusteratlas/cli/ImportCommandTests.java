package org.clusteratlas.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.clusteratlas.AtlasIntegrationTest;
import org.clusteratlas.collection.ImportService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code import} command. A run of the command starts a context of its own on a data directory,
 * which this test's context holds already; so the options are parsed by picocli and the command
 * executed with this context's beans, on the test's thread: a file that is applied is applied
 * inside the test's transaction and rolls back with it. Refusals of the options happen before
 * anything starts and are run through the whole command line.
 */
@AtlasIntegrationTest
class ImportCommandTests {

  private static final String REPORTS_HEADER =
      "credit_code,year,month,indicator,value,same_period_last_year,unit\r\n";

  @Autowired ImportService imports;
  @Autowired JsonMapper json;
  @Autowired JdbcClient jdbc;
  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  /** Parses the arguments as the command line would and executes the command with this context. */
  private int execute(String... args) throws Exception {
    ImportCommand command = new ImportCommand();
    CommandLine cli = new CommandLine(command);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    cli.parseArgs(args);
    return command.execute(imports, json);
  }

  private Path csv(String name, String content) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, content, UTF_8);
    return file;
  }

  @Test
  void a_refused_file_exits_with_2_and_prints_its_report_as_json_with_every_problem()
      throws Exception {
    Path file =
        csv("refused.csv", REPORTS_HEADER + "91360681MA3CP0001X,2025,7,revenue,7000,6500,万元\r\n");

    int code = execute(file.toString(), "--json");

    assertThat(code).isEqualTo(2);
    JsonNode report = json.readTree(out.toString());
    assertThat(report.get("status").asString()).isEqualTo("refused");
    assertThat(report.get("file").asString()).isEqualTo("refused.csv");
    JsonNode counts = report.get("counts");
    assertThat(counts.get("read").asLong()).isEqualTo(1);
    assertThat(counts.get("inserted").asLong()).isZero();
    assertThat(counts.get("updated").asLong()).isZero();
    assertThat(counts.get("unchanged").asLong()).isZero();
    assertThat(counts.get("rejected").asLong()).isEqualTo(1);
    assertThat(counts.get("rows_with_problems").asLong()).isEqualTo(1);
    assertThat(report.get("problems_total").asLong()).isEqualTo(1);
    JsonNode problem = report.get("problems").get(0);
    assertThat(problem.get("row").asInt()).isEqualTo(2);
    assertThat(problem.get("column").asString()).isEqualTo("credit_code");
    assertThat(problem.get("value").asString()).isEqualTo("91360681MA3CP0001X");
    assertThat(problem.get("rule").asString()).isEqualTo("credit-code.check-character");
    assertThat(problem.get("tier").asString()).isEqualTo("hard");
    assertThat(problem.get("message").asString()).contains("校验码");
    long id = report.get("id").asLong();
    assertThat(err.toString())
        .startsWith("导入 #" + id + " 开始 / import #" + id + " started\n")
        .contains("导入进度 / import progress: 100% done（已读 1 行 / rows read）");
  }

  @Test
  void a_refused_file_is_reported_as_text_in_english_with_lang_en() throws Exception {
    Path file =
        csv("bad-month.csv", REPORTS_HEADER + "91360681MA3CP0001K,2025,13,revenue,1,1,万元\r\n");

    int code = execute(file.toString(), "--lang", "en");

    assertThat(code).isEqualTo(2);
    assertThat(out.toString())
        .containsPattern("^import #\\d+ bad-month\\.csv: refused\n")
        .contains("read 1 rows: inserted 0, updated 0, unchanged 0, rejected 1")
        .contains("row 2 [month] 13 (period.month, hard)");
  }

  @Test
  @Transactional
  void an_applied_revision_exits_with_0_and_counts_one_update() throws Exception {
    // a demo firm's December revenue, within 20% of the same period last year: raised by 1%, it
    // trips no check
    String[] stored =
        jdbc.sql(
                "select e.credit_code, r.value, r.same_period_last_year from report r join"
                    + " enterprise e on e.id = r.enterprise_id join indicator_definition d on d.id"
                    + " = r.indicator_id where r.year = 2025 and r.month = 12 and d.code ="
                    + " 'revenue' and r.same_period_last_year > 100 and r.value between"
                    + " r.same_period_last_year * 0.9 and r.same_period_last_year * 1.2 order by"
                    + " e.credit_code limit 1")
            .query(
                (rs, n) ->
                    new String[] {
                      rs.getString(1),
                      rs.getBigDecimal(2).toPlainString(),
                      rs.getBigDecimal(3).toPlainString()
                    })
            .single();
    BigDecimal raised =
        new BigDecimal(stored[1])
            .multiply(new BigDecimal("1.01"))
            .setScale(2, RoundingMode.HALF_UP);
    String same = stored[2];
    Path file =
        csv(
            "revision.csv",
            REPORTS_HEADER + stored[0] + ",2025,12,revenue," + raised + "," + same + ",万元\r\n");

    int code = execute(file.toString(), "--json", "--reason", "年报审核后更正");

    assertThat(code).as(out.toString()).isZero();
    JsonNode report = json.readTree(out.toString());
    assertThat(report.get("status").asString()).isEqualTo("applied");
    assertThat(report.get("counts").get("updated").asLong()).isEqualTo(1);
    assertThat(report.get("counts").get("read").asLong()).isEqualTo(1);
    assertThat(report.get("data_version").isNumber()).as(out.toString()).isTrue();
    BigDecimal now =
        jdbc.sql(
                "select r.value from report r join enterprise e on e.id = r.enterprise_id join"
                    + " indicator_definition d on d.id = r.indicator_id where r.year = 2025 and"
                    + " r.month = 12 and d.code = 'revenue' and e.credit_code = ?")
            .param(stored[0])
            .query(BigDecimal.class)
            .single();
    assertThat(now).isEqualByComparingTo(raised);
  }

  @Test
  void template_to_an_xlsx_file_writes_the_workbook_with_its_data_sheet() throws Exception {
    Path template = dir.resolve("模板.xlsx");

    int code = execute("--template", template.toString());

    assertThat(code).isZero();
    assertThat(out.toString()).contains("已写出模板 " + template);
    try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(template))) {
      Sheet data = workbook.getSheet("数据");
      assertThat(data).isNotNull();
      assertThat(data.getRow(0).getCell(0).getStringCellValue()).isEqualTo("统一社会信用代码");
      assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
    }
  }

  @Test
  void template_to_a_csv_file_writes_the_header_after_a_byte_order_mark() throws Exception {
    Path template = dir.resolve("template.csv");

    int code = execute("--template", template.toString());

    assertThat(code).isZero();
    assertThat(Files.readString(template, UTF_8)).startsWith("\uFEFF统一社会信用代码,企业名称,年份,月份,");
  }

  @Test
  void a_missing_file_exits_with_2_and_says_so_before_anything_starts() {
    Path missing = dir.resolve("nowhere.csv");
    Path data = dir.resolve("data");
    CommandLine cli = ClusterAtlas.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));

    int code = cli.execute("import", missing.toString(), "--data", data.toString());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("文件不存在或不可读 / cannot read the file: " + missing);
    assertThat(out.toString()).isEmpty();
    assertThat(data).doesNotExist();
  }

  @Test
  void neither_a_file_nor_a_template_exits_with_2_before_anything_starts() {
    Path data = dir.resolve("data");
    CommandLine cli = ClusterAtlas.commandLine();
    cli.setErr(new PrintWriter(err, true));

    int code = cli.execute("import", "--data", data.toString());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("请指定要导入的文件或 --template / give a FILE or --template");
    assertThat(data).doesNotExist();
  }

  @Test
  void the_file_is_the_commands_own_argument_and_not_passed_on_as_a_spring_setting() {
    CommandLine.ParseResult parsed =
        ClusterAtlas.commandLine()
            .parseArgs("import", "./reports.csv", "--json", "--logging.level.root=error");
    ImportCommand command = (ImportCommand) parsed.subcommand().commandSpec().userObject();

    command.keepTheFileOutOfTheSettings();

    assertThat(command.file).isEqualTo(Path.of("./reports.csv"));
    assertThat(command.context.springArguments).containsExactly("--logging.level.root=error");
  }
}

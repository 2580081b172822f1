package org.clusteratlas.collection;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.clusteratlas.AtlasIntegrationTest;
import org.clusteratlas.TestUsers;
import org.clusteratlas.enterprise.EnterpriseRegister;
import org.clusteratlas.statistics.IndicatorDefinition;
import org.clusteratlas.statistics.ReportStore;
import org.clusteratlas.storage.StorageProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The imports endpoints. An upload that changes data goes through MockMvc on the test's own thread
 * with {@code wait=true}, in a test's transaction that rolls back. Files that are refused write
 * only the record of the import (which commits on its own), so they are sent outside a transaction
 * — also in the background, whose thread could not join one — and the downloads that stream are
 * fetched from the running server. Every request signs in with HTTP Basic as a province
 * administrator of the tests.
 */
@AtlasIntegrationTest
class ImportApiTests {

  /** A reports-layout row whose credit code is a formula, as a clerk might paste it. */
  private static final String FORMULA_CODE = "=HYPERLINK(\"x\")";

  private static final String REPORTS_HEADER =
      "credit_code,year,month,indicator,value,same_period_last_year,unit\r\n";
  private static final String FORMULA_ROW =
      "\"=HYPERLINK(\"\"x\"\")\",2025,7,revenue,7000,6500,万元\r\n";

  @Autowired WebApplicationContext context;
  @Autowired EnterpriseRegister enterprises;
  @Autowired ReportStore reports;
  @Autowired JsonMapper json;
  @Autowired StorageProperties storage;
  @LocalServerPort int port;
  @TempDir Path dir;

  private final HttpClient http = HttpClient.newHttpClient();
  private MockMvc mvc;
  private TestUsers.Credentials admin;

  @BeforeEach
  void mockMvc() {
    admin = TestUsers.provinceAdmin(context);
    mvc =
        MockMvcBuilders.webAppContextSetup(context)
            .apply(springSecurity())
            .defaultRequest(get("/").with(admin.basic()))
            .build();
  }

  private static MockMultipartFile file(String name, String content) {
    return new MockMultipartFile("file", name, "text/csv", content.getBytes(UTF_8));
  }

  private static MockMultipartHttpServletRequestBuilder upload(MockMultipartFile file) {
    return multipart("/api/v1/imports").file(file);
  }

  /** Sends the file with the formula-like credit code and waits: the import it was refused as. */
  private long refusedImport(String lang) throws Exception {
    MvcResult result =
        mvc.perform(
                upload(file("formula.csv", REPORTS_HEADER + FORMULA_ROW))
                    .param("wait", "true")
                    .param("lang", lang))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.report.status").value("refused"))
            .andReturn();
    return json.readTree(result.getResponse().getContentAsString())
        .get("report")
        .get("id")
        .asLong();
  }

  private HttpResponse<byte[]> download(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Authorization", admin.basicHeader())
            .timeout(Duration.ofSeconds(60))
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String withoutBom(byte[] body) {
    assertThat(Arrays.copyOf(body, 3))
        .as("UTF-8 byte-order mark")
        .containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    return new String(body, 3, body.length - 3, UTF_8);
  }

  private static List<CSVRecord> csv(String text) throws IOException {
    return CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
  }

  @Test
  @Transactional
  void a_file_uploaded_with_wait_true_is_applied_and_answered_with_200_and_its_counts()
      throws Exception {
    ImportFixture.register(enterprises, reports);
    String july = ImportFixture.FIRM + ",测试导入甲公司,2025,7,7000,6500,350,300,7700,7000,700,600,";
    byte[] template = Files.readAllBytes(ImportFixture.templateCsv(dir, "july.csv", july));

    mvc.perform(
            upload(new MockMultipartFile("file", "july.csv", "text/csv", template))
                .param("wait", "true")
                .param("reason", "七月报表"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.percent").value(100))
        .andExpect(jsonPath("$.progress.phase").value("done"))
        .andExpect(jsonPath("$.progress.status").value("applied"))
        .andExpect(jsonPath("$.report.status").value("applied"))
        .andExpect(jsonPath("$.report.file").value("july.csv"))
        .andExpect(jsonPath("$.report.counts.read").value(1))
        .andExpect(jsonPath("$.report.counts.inserted").value(1))
        .andExpect(jsonPath("$.report.counts.updated").value(0))
        .andExpect(jsonPath("$.report.counts.rejected").value(0))
        .andExpect(jsonPath("$.report.data_version").value(reports.currentVersion()))
        .andExpect(jsonPath("$.report.problems.length()").value(0));
  }

  @Test
  void an_upload_without_wait_is_accepted_with_a_location_to_follow_until_the_import_ends()
      throws Exception {
    MvcResult accepted =
        mvc.perform(upload(file("formula.csv", REPORTS_HEADER + FORMULA_ROW)))
            .andExpect(status().isAccepted())
            .andExpect(
                header()
                    .string("Location", org.hamcrest.Matchers.matchesRegex("/api/v1/imports/\\d+")))
            .andReturn();
    String location = accepted.getResponse().getHeader("Location");
    long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    JsonNode first = json.readTree(accepted.getResponse().getContentAsString());
    assertThat(first.get("progress").get("id").asLong()).isEqualTo(id);

    JsonNode done =
        await()
            .atMost(Duration.ofMinutes(2))
            .pollInterval(Duration.ofMillis(200))
            .until(
                () ->
                    json.readTree(
                        mvc.perform(get(location))
                            .andExpect(status().isOk())
                            .andReturn()
                            .getResponse()
                            .getContentAsString(UTF_8)),
                state -> "done".equals(state.get("progress").get("phase").asString()));

    assertThat(done.get("percent").asInt()).isEqualTo(100);
    JsonNode report = done.get("report");
    assertThat(report.get("id").asLong()).isEqualTo(id);
    assertThat(report.get("status").asString()).isEqualTo("refused");
    assertThat(report.get("counts").get("rejected").asLong()).isEqualTo(1);
    JsonNode problem = report.get("problems").get(0);
    assertThat(problem.get("row").asInt()).isEqualTo(2);
    assertThat(problem.get("column").asString()).isEqualTo("credit_code");
    assertThat(problem.get("value").asString()).isEqualTo(FORMULA_CODE);
    assertThat(problem.get("rule").asString()).startsWith("credit-code.");
    assertThat(problem.get("tier").asString()).isEqualTo("hard");
    // the upload was kept for the background import only
    Path keeping = storage.dataDir().resolve("imports");
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              try (var kept = Files.list(keeping)) {
                assertThat(kept.map(Path::getFileName).map(Path::toString))
                    .noneMatch(name -> name.startsWith("upload-"));
              }
            });
  }

  @Test
  void the_problems_csv_has_a_byte_order_mark_a_chinese_header_and_a_formula_like_value_made_safe()
      throws Exception {
    long id = refusedImport("zh");

    HttpResponse<byte[]> response = download("/api/v1/imports/" + id + "/problems.csv");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
    List<CSVRecord> records = csv(withoutBom(response.body()));
    assertThat(records.get(0).toList())
        .containsExactly("文件", "工作表", "行", "列", "填报值", "规则", "类别", "说明", "情况说明");
    assertThat(records).hasSize(2);
    CSVRecord problem = records.get(1);
    assertThat(problem.get(0)).isEqualTo("formula.csv");
    assertThat(problem.get(2)).isEqualTo("2");
    assertThat(problem.get(3)).isEqualTo("credit_code");
    assertThat(problem.get(4)).isEqualTo("'" + FORMULA_CODE);
    assertThat(problem.get(5)).startsWith("credit-code.");
    assertThat(problem.get(7)).contains("统一社会信用代码");
  }

  @Test
  void the_problems_xlsx_opens_in_poi_with_the_row_as_a_number() throws Exception {
    long id = refusedImport("zh");

    HttpResponse<byte[]> response = download("/api/v1/imports/" + id + "/problems.xlsx");

    assertThat(response.statusCode()).isEqualTo(200);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
      Sheet sheet = workbook.getSheet("问题清单");
      assertThat(sheet).isNotNull();
      assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("行");
      Row problem = sheet.getRow(1);
      Cell row = problem.getCell(2);
      assertThat(row.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(row.getNumericCellValue()).isEqualTo(2.0);
      assertThat(problem.getCell(4).getStringCellValue()).isEqualTo("'" + FORMULA_CODE);
      assertThat(problem.getCell(4).getCellType()).isEqualTo(CellType.STRING);
    }
  }

  @Test
  void the_xlsx_template_has_the_data_sheet_with_the_header_a_text_code_column_and_instructions()
      throws Exception {
    HttpResponse<byte[]> response = download("/api/v1/imports/template.xlsx");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
      assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
      Sheet data = workbook.getSheetAt(0);
      assertThat(data.getSheetName()).isEqualTo("数据");
      List<String> header = new ArrayList<>();
      data.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
      assertThat(header).isEqualTo(templateHeader());
      assertThat(data.getColumnStyle(0)).as("the credit code column's style").isNotNull();
      assertThat(data.getColumnStyle(0).getDataFormatString()).isEqualTo("@");
      assertThat(data.getLastRowNum()).as("no data rows").isZero();
      Sheet instructions = workbook.getSheetAt(1);
      assertThat(instructions.getSheetName()).isEqualTo("填报说明");
      assertThat(instructions.getLastRowNum()).isEqualTo(9);
      assertThat(instructions.getRow(2).getCell(0).getStringCellValue()).contains("文本格式");
    }
  }

  @Test
  void the_csv_template_starts_with_a_byte_order_mark_and_the_header() throws Exception {
    HttpResponse<byte[]> response = download("/api/v1/imports/template.csv");

    assertThat(response.statusCode()).isEqualTo(200);
    List<CSVRecord> records = csv(withoutBom(response.body()));
    assertThat(records).hasSize(1);
    assertThat(records.get(0).toList()).isEqualTo(templateHeader());
  }

  @Test
  void with_lang_en_the_report_and_the_problems_are_in_english() throws Exception {
    long id = refusedImport("en");

    MvcResult state =
        mvc.perform(get("/api/v1/imports/" + id).param("lang", "en"))
            .andExpect(status().isOk())
            .andReturn();
    HttpResponse<byte[]> problems = download("/api/v1/imports/" + id + "/problems.csv?lang=en");

    String message =
        json.readTree(state.getResponse().getContentAsString(UTF_8))
            .get("report")
            .get("problems")
            .get(0)
            .get("message")
            .asString();
    assertThat(message).startsWith("The credit code").contains(FORMULA_CODE);
    List<CSVRecord> records = csv(withoutBom(problems.body()));
    assertThat(records.get(0).toList())
        .containsExactly(
            "File", "Sheet", "Row", "Column", "Value", "Rule", "Tier", "Message", "Explanation");
    assertThat(records.get(1).get(7)).startsWith("The credit code");
  }

  @Test
  void an_unknown_import_is_a_404_problem_detail() throws Exception {
    mvc.perform(get("/api/v1/imports/987654321").param("lang", "en"))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
        .andExpect(jsonPath("$.rule").value("import.unknown"))
        .andExpect(jsonPath("$.rejected_value").value("987654321"))
        .andExpect(jsonPath("$.detail").value("There is no import numbered 987654321"));

    HttpResponse<byte[]> problems = download("/api/v1/imports/987654321/problems.csv");
    assertThat(problems.statusCode()).isEqualTo(404);
    assertThat(new String(problems.body(), UTF_8)).contains("\"rule\":\"import.unknown\"");
  }

  @Test
  void an_empty_upload_is_a_400_problem_detail_naming_the_rule() throws Exception {
    mvc.perform(upload(file("empty.csv", "")).param("wait", "true"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
        .andExpect(jsonPath("$.rule").value("file.empty"))
        .andExpect(jsonPath("$.rejected_value").value("empty.csv"))
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("empty.csv")));
  }

  @Test
  void the_rules_endpoint_lists_every_edit_rule_of_the_catalogue_with_its_tier_and_message()
      throws Exception {
    MvcResult result =
        mvc.perform(get("/api/v1/imports/rules").accept(MediaType.APPLICATION_JSON))
            .andExpect(status().isOk())
            .andReturn();

    JsonNode rules = json.readTree(result.getResponse().getContentAsString(UTF_8));
    List<String> ids = new ArrayList<>();
    for (JsonNode rule : rules) {
      ids.add(rule.get("id").asString());
      EditRule known = EditRule.byId(rule.get("id").asString()).orElseThrow();
      assertThat(rule.get("tier").asString()).isEqualTo(known.tier().id());
      assertThat(rule.get("missing").asString()).isEqualTo(known.missingId());
      assertThat(rule.get("message").asString())
          .as(rule.toString())
          .isNotBlank()
          .isNotEqualTo(known.id())
          .doesNotContain("{0}");
    }
    assertThat(ids)
        .containsExactlyElementsOf(Arrays.stream(EditRule.values()).map(EditRule::id).toList());
  }

  /** The template's header: code, name, year, month, each indicator and its same period, note. */
  private List<String> templateHeader() {
    List<String> header = new ArrayList<>(List.of("统一社会信用代码", "企业名称", "年份", "月份"));
    for (IndicatorDefinition d : reports.catalogue()) {
      header.add(d.nameZh() + "（" + d.unit() + "）");
      header.add(d.nameZh() + "上年同期（" + d.unit() + "）");
    }
    header.add("情况说明");
    return header;
  }
}

package org.clusteratlas.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.clusteratlas.cli.PackagedJar.deleteRecursively;
import static org.clusteratlas.cli.PackagedJar.postgresServersOn;
import static org.clusteratlas.cli.PackagedJar.postmasterPid;
import static org.clusteratlas.cli.PackagedJar.stopPostgresServersOn;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clusteratlas.cli.PackagedJar.Child;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An import killed mid-file leaves nothing partial behind. On a data directory of its own, loaded
 * with the demo province by the first step, the steps run in order:
 *
 * <ol>
 *   <li>the 2025 bulletin (JSON) and the 2025 reports export are fingerprinted;
 *   <li>a file of revisions is built from that export: every value of a few thousand whole firms
 *       raised by 1%, firms kept only where the raise trips no edit check, so that only the kill
 *       stops the import;
 *   <li>{@code import} of that file is killed with SIGKILL once it has read 30% of the file;
 *   <li>the next process stops the PostgreSQL the killed one left running, marks the batch
 *       interrupted, and the bulletin and the export are byte for byte as before;
 *   <li>the API reports the killed import as interrupted;
 *   <li>the same file sent again is applied whole: every changed row an update;
 *   <li>sent a third time, every row is unchanged.
 * </ol>
 *
 * The raise leaves 上年同期 as it is, so the checks against last year's reports and the frame stand as
 * the demo passes them; those on the raised values (growth, year-to-date order, yuan for 万元, profit
 * within revenue, export within output) are checked by the filter. What the steps measured (rows,
 * the time the killed import ran, the fingerprints) is written to {@code
 * target/import-kill-work/measurements.properties}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ImportKillIT {

  /** The first start generates and loads the demo province: 30–60 s, more on a busy machine. */
  private static final Duration FIRST_START = Duration.ofSeconds(240);

  /** An export of a year's reports or an import of the whole file, on a busy machine. */
  private static final Duration COMMAND = Duration.ofSeconds(420);

  /** At least this many rows, so that the import runs long enough to be killed mid-file. */
  private static final int ROWS = 360_000;

  private static final String HEADER =
      "credit_code,year,month,indicator,value,same_period_last_year,unit";
  private static final Set<String> CUMULATIVE =
      Set.of("revenue", "output", "export_delivery", "rd_expenditure");
  private static final BigDecimal RAISE = new BigDecimal("1.01");
  private static final BigDecimal YOY_KEPT = new BigDecimal("0.40");
  private static final BigDecimal YUAN_RATIO = new BigDecimal("3000");
  private static final BigDecimal YUAN_MIN_HISTORY = BigDecimal.TEN;

  private static final Pattern STARTED = Pattern.compile("^导入 #(\\d+) 开始 / import #\\1 started$");
  private static final Pattern THIRTY_PERCENT_READ =
      Pattern.compile("^导入进度 / import progress: ([3-9]\\d)% reading（已读 (\\d+) 行");
  private static final Pattern ADDRESS =
      Pattern.compile("^Cluster Atlas 已启动 / is running: http://localhost:(\\d+)/$");

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static PackagedJar packaged;
  private static Path dataDir;
  private static Path work;

  private static String bulletinBefore;
  private static Path reportsBefore;
  private static Path revisions;
  private static long rowsChanged;
  private static long killedImport;

  /** What the steps measured, written to {@code measurements.properties} in the work directory. */
  private static final Map<String, String> measured = new LinkedHashMap<>();

  @BeforeAll
  static void freshDirectories() throws IOException {
    packaged = PackagedJar.fromSystemProperty();
    dataDir = packaged.directory().resolve("import-kill-data");
    work = packaged.directory().resolve("import-kill-work");
    for (Path dir : List.of(dataDir, work)) {
      stopPostgresServersOn(dir);
      deleteRecursively(dir);
    }
    Files.createDirectories(work);
    reportsBefore = work.resolve("reports-2025-before.csv");
    revisions = work.resolve("revisions-2025.csv");
  }

  @AfterAll
  static void stopEverythingStarted() throws IOException {
    StringBuilder lines = new StringBuilder();
    measured.forEach((key, value) -> lines.append(key).append('=').append(value).append('\n'));
    Files.writeString(work.resolve("measurements.properties"), lines, UTF_8);
    packaged.killChildren();
    stopPostgresServersOn(dataDir);
    assertThat(postgresServersOn(dataDir)).as("PostgreSQL servers left on " + dataDir).isEmpty();
  }

  @Test
  @Order(1)
  void the_2025_bulletin_and_reports_of_a_fresh_demo_province_are_fingerprinted() throws Exception {
    Child bulletin =
        packaged.start("bulletin", "--year", "2025", "--json", "--data", dataDir.toString());
    assertThat(bulletin.awaitExit(FIRST_START)).as(bulletin.describe()).isZero();
    bulletinBefore = bulletin.stdout();

    Child export = export(reportsBefore);
    assertThat(export.awaitExit(COMMAND)).as(export.describe()).isZero();

    assertThat(JSON.readTree(bulletinBefore).get("year").asInt()).isEqualTo(2025);
    assertThat(firstLine(reportsBefore)).isEqualTo(HEADER);
    assertThat(Files.size(reportsBefore)).as("the 2025 reports export").isGreaterThan(ROWS * 30L);
  }

  @Test
  @Order(2)
  void a_file_of_revisions_raises_every_value_of_whole_firms_by_one_percent() throws Exception {
    long rows = writeRevisions(reportsBefore, revisions);

    measured.put("file.rows", String.valueOf(rows));
    measured.put("file.rows-changed", String.valueOf(rowsChanged));
    measured.put("file.bytes", String.valueOf(Files.size(revisions)));
    assertThat(rows).as("rows of the revisions file").isGreaterThanOrEqualTo(ROWS);
    assertThat(rowsChanged)
        .as("rows whose value the raise changes (a zero stays zero)")
        .isBetween(rows / 2, rows);
  }

  @Test
  @Order(3)
  void an_import_killed_after_reading_30_percent_of_the_file_leaves_its_postgres_running()
      throws Exception {
    Child importing =
        packaged.start("import", revisions.toString(), "--json", "--data", dataDir.toString());

    killedImport = Long.parseLong(importing.awaitStderr(STARTED, COMMAND).group(1));
    long started = System.nanoTime();
    Matcher read = importing.awaitStderr(THIRTY_PERCENT_READ, COMMAND);
    long orphan = postmasterPid(dataDir).orElseThrow();
    importing.process.toHandle().destroyForcibly();
    Duration ran = Duration.ofNanos(System.nanoTime() - started);
    int code = importing.awaitExit(PackagedJar.STOP);
    measured.put("killed.import", String.valueOf(killedImport));
    measured.put("killed.after", ran.toString());
    measured.put("killed.percent-read", read.group(1));
    measured.put("killed.rows-read", read.group(2));

    assertThat(code).as("killed by SIGKILL; " + importing.describe()).isEqualTo(128 + 9);
    assertThat(Integer.parseInt(read.group(1))).isBetween(30, 99);
    assertThat(Long.parseLong(read.group(2)))
        .as("rows read when killed, %s after the import started", ran)
        .isBetween(ROWS / 4L, (long) ROWS);
    assertThat(importing.stdout()).as("no report: the import did not end").isEmpty();
    assertThat(importing.stderr()).doesNotContain("导入进度 / import progress: 99% checking");
    assertThat(ProcessHandle.of(orphan).filter(ProcessHandle::isAlive))
        .as("SIGKILL leaves the embedded PostgreSQL running")
        .isPresent();
  }

  @Test
  @Order(4)
  void after_the_kill_the_bulletin_and_the_reports_are_byte_for_byte_as_before() throws Exception {
    long orphan = postmasterPid(dataDir).orElseThrow();
    Child bulletin =
        packaged.start("bulletin", "--year", "2025", "--json", "--data", dataDir.toString());
    assertThat(bulletin.awaitExit(COMMAND)).as(bulletin.describe()).isZero();
    Path reportsAfter = work.resolve("reports-2025-after-kill.csv");
    Child export = export(reportsAfter);
    assertThat(export.awaitExit(COMMAND)).as(export.describe()).isZero();

    assertThat(bulletin.stderr())
        .as(bulletin.describe())
        .contains("Stopping PostgreSQL " + orphan + " left running by an earlier process")
        .contains("1 个导入在上次运行中断，未写入任何数据");
    measured.put("fingerprint.bulletin", sha256(bulletinBefore.getBytes(UTF_8)));
    measured.put("fingerprint.reports", sha256(Files.readAllBytes(reportsBefore)));
    assertThat(sha256(bulletin.stdout().getBytes(UTF_8)))
        .as("the 2025 bulletin after the kill")
        .isEqualTo(sha256(bulletinBefore.getBytes(UTF_8)));
    assertThat(sha256(Files.readAllBytes(reportsAfter)))
        .as("the 2025 reports export after the kill")
        .isEqualTo(sha256(Files.readAllBytes(reportsBefore)));
    assertThat(Files.mismatch(reportsAfter, reportsBefore)).isEqualTo(-1L);
    assertThat(export.stderr()).doesNotContain("个导入在上次运行中断");
  }

  @Test
  @Order(5)
  void the_api_reports_the_killed_import_as_interrupted_with_nothing_stored() throws Exception {
    Child serve = packaged.start("serve", "--port", "0", "--data", dataDir.toString());
    int port = Integer.parseInt(serve.awaitStdout(ADDRESS, COMMAND).group(1));

    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/imports/" + killedImport))
                    .header("Authorization", PackagedJar.demoAccountBasicHeader(dataDir, "admin"))
                    .timeout(Duration.ofSeconds(60))
                    .build(),
                HttpResponse.BodyHandlers.ofString(UTF_8));
    serve.process.toHandle().destroy();
    serve.awaitExit(PackagedJar.STOP);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode state = JSON.readTree(response.body());
    assertThat(state.get("progress").get("status").asString()).isEqualTo("interrupted");
    JsonNode report = state.get("report");
    assertThat(report.get("id").asLong()).isEqualTo(killedImport);
    assertThat(report.get("status").asString()).isEqualTo("interrupted");
    assertThat(report.get("file").asString()).isEqualTo(revisions.getFileName().toString());
    assertThat(absent(report.path("data_version"))).as(response.body()).isTrue();
    assertThat(report.get("counts").get("updated").asLong()).isZero();
    assertThat(absent(report.path("finished_at"))).as(response.body()).isFalse();
  }

  @Test
  @Order(6)
  void the_same_file_sent_again_is_applied_whole_with_every_changed_row_an_update()
      throws Exception {
    JsonNode report = importToTheEnd();
    measure("applied", report);

    assertThat(report.get("id").asLong()).isGreaterThan(killedImport);
    assertThat(report.get("problems")).as(report.toString()).isEmpty();
    JsonNode counts = report.get("counts");
    long read = counts.get("read").asLong();
    assertThat(read).isGreaterThanOrEqualTo(ROWS);
    assertThat(counts.get("updated").asLong()).isEqualTo(rowsChanged);
    assertThat(counts.get("inserted").asLong()).isZero();
    assertThat(counts.get("rejected").asLong()).isZero();
    assertThat(counts.get("unchanged").asLong()).isEqualTo(read - rowsChanged);
    assertThat(
            counts.get("inserted").asLong()
                + counts.get("updated").asLong()
                + counts.get("unchanged").asLong()
                + counts.get("rejected").asLong())
        .isEqualTo(read);
    assertThat(absent(report.path("data_version"))).as("a new data version").isFalse();
  }

  @Test
  @Order(7)
  void a_third_sending_finds_every_row_unchanged() throws Exception {
    JsonNode report = importToTheEnd();
    measure("unchanged", report);

    JsonNode counts = report.get("counts");
    assertThat(counts.get("unchanged").asLong()).isEqualTo(counts.get("read").asLong());
    assertThat(counts.get("updated").asLong()).isZero();
    assertThat(counts.get("inserted").asLong()).isZero();
    assertThat(absent(report.path("data_version"))).as("no new data version").isTrue();
  }

  /** Imports the revisions file to its end; returns its JSON report after checking the exit. */
  private static JsonNode importToTheEnd() throws Exception {
    Child importing =
        packaged.start("import", revisions.toString(), "--json", "--data", dataDir.toString());
    int code = importing.awaitExit(COMMAND);

    assertThat(code).as(importing.describe()).isZero();
    assertThat(importing.stderr())
        .contains("导入进度 / import progress: 100% done")
        .doesNotContain("个导入在上次运行中断");
    JsonNode report = JSON.readTree(importing.stdout());
    assertThat(report.get("status").asString()).as(importing.stdout()).isEqualTo("applied");
    return report;
  }

  private static void measure(String key, JsonNode report) {
    measured.put(key + ".counts", report.get("counts").toString());
    measured.put(
        key + ".took",
        Duration.between(
                Instant.parse(report.get("started_at").asString()),
                Instant.parse(report.get("finished_at").asString()))
            .toString());
  }

  private static boolean absent(JsonNode node) {
    return node.isNull() || node.isMissingNode();
  }

  private static Child export(Path out) throws IOException {
    return packaged.start(
        "export",
        "--what",
        "reports",
        "--year",
        "2025",
        "--out",
        out.toString(),
        "--data",
        dataDir.toString());
  }

  private static String firstLine(Path csv) throws IOException {
    try (BufferedReader lines = Files.newBufferedReader(csv, UTF_8)) {
      return withoutBom(lines.readLine());
    }
  }

  private static String withoutBom(String line) {
    return line.startsWith("\uFEFF") ? line.substring(1) : line;
  }

  private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  /**
   * Writes the revisions file from the export, whose rows come firm by firm: each firm whose every
   * value can be raised by 1% without tripping a check is written whole, until {@link #ROWS} rows.
   * Returns the rows written; {@link #rowsChanged} counts those whose value the raise changed.
   */
  private static long writeRevisions(Path export, Path out) throws IOException {
    long written = 0;
    rowsChanged = 0;
    try (BufferedReader in = Files.newBufferedReader(export, UTF_8);
        BufferedWriter file = Files.newBufferedWriter(out, UTF_8)) {
      assertThat(withoutBom(in.readLine())).isEqualTo(HEADER);
      file.write(HEADER + "\r\n");
      List<String[]> firm = new ArrayList<>();
      for (String line = in.readLine(); written < ROWS; line = in.readLine()) {
        String[] row = line == null ? null : line.split(",", -1);
        if (row != null) {
          assertThat(row).as(line).hasSize(7);
        }
        if (!firm.isEmpty() && (row == null || !row[0].equals(firm.get(0)[0]))) {
          List<String[]> raised = raised(firm);
          for (String[] r : raised) {
            file.write(String.join(",", r) + "\r\n");
          }
          written += raised.size();
          firm.clear();
        }
        if (row == null) {
          break;
        }
        firm.add(row);
      }
    }
    return written;
  }

  /** The firm's rows with every value raised by 1%, or none if a raised value trips a check. */
  private static List<String[]> raised(List<String[]> firm) {
    // indicator → month → raised value, to check year-to-date order and ratios across indicators
    Map<String, TreeMap<Integer, BigDecimal>> series = new TreeMap<>();
    List<String[]> rows = new ArrayList<>();
    long changed = 0;
    for (String[] row : firm) {
      String indicator = row[3];
      if (row[4].isBlank() || row[5].isBlank()) {
        return List.of();
      }
      BigDecimal value = new BigDecimal(row[4]);
      BigDecimal same = new BigDecimal(row[5]);
      BigDecimal raised =
          value.multiply(RAISE).setScale("人".equals(row[6]) ? 0 : 2, RoundingMode.HALF_UP);
      if (value.signum() < 0 || same.signum() < 0) {
        return List.of();
      }
      if ((indicator.equals("revenue") || indicator.equals("output"))
          && (same.signum() == 0
              || raised
                      .divide(same, 4, RoundingMode.HALF_EVEN)
                      .subtract(BigDecimal.ONE)
                      .abs()
                      .compareTo(YOY_KEPT)
                  > 0)) {
        return List.of();
      }
      if (CUMULATIVE.contains(indicator)
          && same.compareTo(YUAN_MIN_HISTORY) >= 0
          && raised.compareTo(same.multiply(YUAN_RATIO)) >= 0) {
        return List.of();
      }
      series.computeIfAbsent(indicator, k -> new TreeMap<>()).put(Integer.valueOf(row[2]), raised);
      if (raised.compareTo(value) != 0) {
        changed++;
      }
      String[] copy = row.clone();
      copy[4] = raised.toPlainString();
      rows.add(copy);
    }
    for (String indicator : CUMULATIVE) {
      BigDecimal before = null;
      for (BigDecimal v : series.getOrDefault(indicator, new TreeMap<>()).values()) {
        if (before != null
            && (v.compareTo(before) < 0
                || before.compareTo(YUAN_MIN_HISTORY) >= 0
                    && v.compareTo(before.multiply(YUAN_RATIO)) >= 0)) {
          return List.of();
        }
        before = v;
      }
    }
    if (above(series, "profit", "revenue") || above(series, "export_delivery", "output")) {
      return List.of();
    }
    rowsChanged += changed;
    return rows;
  }

  /** Whether in some month the first indicator exceeds the second. */
  private static boolean above(
      Map<String, TreeMap<Integer, BigDecimal>> series, String part, String whole) {
    TreeMap<Integer, BigDecimal> wholes = series.getOrDefault(whole, new TreeMap<>());
    for (Map.Entry<Integer, BigDecimal> p : series.getOrDefault(part, new TreeMap<>()).entrySet()) {
      BigDecimal w = wholes.get(p.getKey());
      if (w != null && p.getValue().compareTo(w) > 0) {
        return true;
      }
    }
    return false;
  }
}

package org.clusteratlas.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.clusteratlas.cli.PackagedJar.deleteRecursively;
import static org.clusteratlas.cli.PackagedJar.postgresServersOn;
import static org.clusteratlas.cli.PackagedJar.postmasterPid;
import static org.clusteratlas.cli.PackagedJar.stopPostgresServersOn;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
 * End-to-end test of the packaged jar, run by failsafe after {@code package}: each step starts
 * {@code java -jar cluster-atlas.jar COMMAND} as a user would, on a data directory under {@code
 * target/} that the first step finds empty. The steps build on each other and run in order:
 *
 * <ol>
 *   <li>{@code serve --port 0} loads the demo province and prints the port it got;
 *   <li>its API and home page show the 2025 bulletin with every published figure;
 *   <li>the demo accounts the first start wrote, readable by their owner only, sign in; a visitor
 *       does not;
 *   <li>a second process on the same directory is refused (exit 2) and the first is unharmed;
 *   <li>SIGTERM stops the server and its embedded PostgreSQL;
 *   <li>a restart finds every record (no second demo load): bulletin and export;
 *   <li>{@code --no-demo} on an empty directory leaves it without data;
 *   <li>{@code user add} reads the password from standard input (a blank one is refused);
 *   <li>after SIGKILL, which leaves the embedded PostgreSQL running, the next process stops that
 *       server and uses the directory; before the kill, the user added signs in.
 * </ol>
 *
 * Children are run by {@link PackagedJar}, which reads their output on its own threads; a step
 * waits for a line of output or for the child's exit, never for a fixed time.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PackagedJarIT {

  /** The first start generates and loads the demo province: 30–60 s, more on a busy machine. */
  private static final Duration FIRST_START = Duration.ofSeconds(240);

  private static final Duration COMMAND = Duration.ofSeconds(180);
  private static final Duration STOP = Duration.ofSeconds(120);

  private static final String DEMO_LOADING = "首次启动：正在生成并装载演示省份";
  private static final Pattern ADDRESS =
      Pattern.compile("^Cluster Atlas 已启动 / is running: http://localhost:(\\d+)/$");

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** The password of the user the command line adds; made up for this run. */
  private static final String E2E_PASSWORD = "e2e-" + java.util.UUID.randomUUID();

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private static PackagedJar packaged;
  private static Path dataDir;
  private static Path emptyDataDir;
  private static Path exportDir;
  private static JsonNode published;

  private static Child serve;
  private static int port;
  private static long serverPostgresPid;

  @BeforeAll
  static void freshDirectories() throws IOException {
    packaged = PackagedJar.fromSystemProperty();
    Path target = packaged.directory();
    dataDir = target.resolve("e2e-data");
    emptyDataDir = target.resolve("e2e-data-empty");
    exportDir = target.resolve("e2e-export");
    for (Path dir : List.of(dataDir, emptyDataDir, exportDir)) {
      // a server left by an aborted earlier run would hold files open in the directory
      stopPostgresServersOn(dir);
      deleteRecursively(dir);
    }
    try (InputStream in = PackagedJarIT.class.getResourceAsStream("/golden/published-2025.json")) {
      published = JSON.readTree(in);
    }
  }

  @AfterAll
  static void stopEverythingStarted() {
    packaged.killChildren();
    stopPostgresServersOn(dataDir);
    stopPostgresServersOn(emptyDataDir);
    assertThat(postgresServersOn(dataDir)).as("PostgreSQL servers left on " + dataDir).isEmpty();
    assertThat(postgresServersOn(emptyDataDir))
        .as("PostgreSQL servers left on " + emptyDataDir)
        .isEmpty();
  }

  @Test
  @Order(1)
  void serve_on_port_0_loads_the_demo_on_first_start_and_prints_the_port_it_got() throws Exception {
    serve = packaged.start("serve", "--port", "0", "--data", dataDir.toString());

    Matcher address = serve.awaitStdout(ADDRESS, FIRST_START);

    port = Integer.parseInt(address.group(1));
    assertThat(port).as("the port the server got").isBetween(1, 65535);
    assertThat(serve.stderr())
        .as(serve.describe())
        .contains(DEMO_LOADING)
        .contains("演示省份已装载 / demo province loaded")
        .contains("Tomcat started on port " + port);
    serverPostgresPid = postmasterPid(dataDir).orElseThrow();
    assertThat(postgresServersOn(dataDir))
        .as("the embedded PostgreSQL, found as the leak checks look for it")
        .extracting(ProcessHandle::pid)
        .containsExactly(serverPostgresPid);
  }

  @Test
  @Order(2)
  void the_api_and_the_home_page_show_every_published_2025_figure() throws Exception {
    HttpResponse<String> api = get("/api/v1/bulletins/2025");

    assertThat(api.statusCode()).as(api.body()).isEqualTo(200);
    assertThat(api.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    JsonNode bulletin = JSON.readTree(api.body());
    assertThat(bulletin.get("year").asInt()).isEqualTo(2025);
    assertThat(bulletin.get("demo").asBoolean()).isTrue();
    assertThat(figureMismatches(bulletin)).as(api.body()).isEmpty();

    HttpResponse<String> home = get("/");

    assertThat(home.statusCode()).as(home.body()).isEqualTo(200);
    assertThat(home.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    assertThat(home.body())
        .contains("【演示数据】")
        .contains("118个省级产业集群实现营业收入3.9万亿元，增长9.8%")
        .contains("实现利润1793亿元，增长11.6%");
  }

  @Test
  @Order(3)
  void the_demo_accounts_written_on_first_start_sign_in_and_a_visitor_is_refused()
      throws Exception {
    Path accounts = dataDir.resolve("demo-accounts.txt");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(accounts)))
        .isEqualTo("rw-------");
    assertThat(serve.stderr()).contains("演示账号 / demo account: admin  role=province_admin");

    HttpResponse<String> visitor = get("/api/v1/imports/rules", null);
    HttpResponse<String> admin =
        get("/api/v1/imports/rules", PackagedJar.demoAccountBasicHeader(dataDir, "admin"));
    HttpResponse<String> officer =
        get("/api/v1/imports/rules", PackagedJar.demoAccountBasicHeader(dataDir, "nanchang"));

    assertThat(visitor.statusCode()).as(visitor.body()).isEqualTo(401);
    assertThat(admin.statusCode()).as(admin.body()).isEqualTo(200);
    assertThat(officer.statusCode()).as(officer.body()).isEqualTo(403);
  }

  @Test
  @Order(4)
  void a_second_process_on_the_same_directory_is_refused_and_leaves_the_server_unharmed()
      throws Exception {
    Child second = packaged.start("bulletin", "--year", "2025", "--data", dataDir.toString());

    int code = second.awaitExit(COMMAND);

    assertThat(code).as(second.describe()).isEqualTo(2);
    assertThat(second.lastStderrLine())
        .as(second.describe())
        .startsWith("数据目录 " + dataDir + " 正被另一个 Cluster Atlas 进程使用")
        .contains("PID " + serve.process.pid());
    assertThat(second.stdout()).as(second.describe()).isEmpty();

    assertThat(serve.process.isAlive()).as(serve.describe()).isTrue();
    HttpResponse<String> api = get("/api/v1/bulletins/2025");
    assertThat(api.statusCode()).as(api.body()).isEqualTo(200);
    assertThat(figureMismatches(JSON.readTree(api.body()))).as(api.body()).isEmpty();
  }

  @Test
  @Order(5)
  void sigterm_stops_the_server_and_its_embedded_postgres() throws Exception {
    // SIGTERM through the handle: Process.destroy() would also close the pipes, and the child's
    // shutdown log with them
    serve.process.toHandle().destroy();

    serve.awaitExit(STOP);

    assertThat(serve.stderr())
        .as(serve.describe())
        .contains("Commencing graceful shutdown")
        .doesNotContain("Could not stop postmaster");
    assertThat(ProcessHandle.of(serverPostgresPid).filter(ProcessHandle::isAlive))
        .as("PostgreSQL %d after the server stopped; %s", serverPostgresPid, serve.describe())
        .isEmpty();
    assertThat(dataDir.resolve("pgdata/postmaster.pid"))
        .as("PostgreSQL shut down cleanly; " + serve.describe())
        .doesNotExist();
    assertThat(postgresServersOn(dataDir)).isEmpty();
  }

  @Test
  @Order(6)
  void a_restart_keeps_every_record_and_does_not_load_the_demo_again() throws Exception {
    Child bulletin =
        packaged.start("bulletin", "--year", "2025", "--json", "--data", dataDir.toString());

    int code = bulletin.awaitExit(COMMAND);

    assertThat(code).as(bulletin.describe()).isZero();
    assertThat(bulletin.stderr()).as(bulletin.describe()).doesNotContain(DEMO_LOADING);
    assertThat(figureMismatches(JSON.readTree(bulletin.stdout())))
        .as(bulletin.describe())
        .isEmpty();

    Path file = exportDir.resolve("clusters.csv");
    Child export =
        packaged.start(
            "export", "--what", "clusters", "--out", file.toString(), "--data", dataDir.toString());

    code = export.awaitExit(COMMAND);

    assertThat(code).as(export.describe()).isZero();
    assertThat(export.stdout()).as(export.describe()).contains("已导出 139 行");
    byte[] bytes = Files.readAllBytes(file);
    assertThat(Arrays.copyOf(bytes, 3))
        .as("UTF-8 byte-order mark")
        .containsExactly(0xEF, 0xBB, 0xBF);
    String[] lines = new String(bytes, 3, bytes.length - 3, UTF_8).split("\r\n");
    assertThat(lines[0]).startsWith("cluster_id,name,");
    assertThat(lines).as("header and one line per cluster").hasSize(1 + 139);
    assertThat(file.resolveSibling("clusters.csv.part")).doesNotExist();
  }

  @Test
  @Order(7)
  void no_demo_on_an_empty_directory_leaves_no_data_for_2025() throws Exception {
    Child bulletin =
        packaged.start(
            "bulletin", "--year", "2025", "--data", emptyDataDir.toString(), "--no-demo");

    int code = bulletin.awaitExit(COMMAND);

    assertThat(code).as(bulletin.describe()).isEqualTo(2);
    assertThat(bulletin.lastStderrLine())
        .as(bulletin.describe())
        .isEqualTo("2025 年没有省级产业集群的记录，无法生成通报 [bulletin.no-data]");
    assertThat(bulletin.stderr()).as(bulletin.describe()).doesNotContain(DEMO_LOADING);
    assertThat(bulletin.stdout()).as(bulletin.describe()).isEmpty();
    assertThat(postgresServersOn(emptyDataDir)).as(bulletin.describe()).isEmpty();
  }

  @Test
  @Order(8)
  void user_add_reads_the_password_from_standard_input_and_refuses_a_blank_one() throws Exception {
    Child blank =
        packaged.startWithInput(
            "\n",
            "user",
            "add",
            "e2e-admin",
            "--role",
            "province_admin",
            "--data",
            dataDir.toString());
    assertThat(blank.awaitExit(COMMAND)).as(blank.describe()).isEqualTo(2);
    assertThat(blank.stderr()).contains("standard input");

    Child add =
        packaged.startWithInput(
            E2E_PASSWORD + "\n",
            "user",
            "add",
            "e2e-admin",
            "--role",
            "province_admin",
            "--data",
            dataDir.toString());

    assertThat(add.awaitExit(COMMAND)).as(add.describe()).isZero();
    assertThat(add.stdout()).contains("e2e-admin (province_admin)");
  }

  @Test
  @Order(9)
  void after_a_killed_server_the_next_process_stops_its_orphaned_postgres_and_uses_the_directory()
      throws Exception {
    Child killed = packaged.start("serve", "--port", "0", "--data", dataDir.toString());
    port = Integer.parseInt(killed.awaitStdout(ADDRESS, FIRST_START).group(1));
    assertThat(killed.stderr()).as(killed.describe()).doesNotContain(DEMO_LOADING);
    String e2eAdmin =
        "Basic "
            + java.util.Base64.getEncoder()
                .encodeToString(("e2e-admin:" + E2E_PASSWORD).getBytes(UTF_8));
    assertThat(get("/api/v1/imports/rules", e2eAdmin).statusCode())
        .as("the user added on the command line signs in")
        .isEqualTo(200);
    long orphan = postmasterPid(dataDir).orElseThrow();

    killed.process.toHandle().destroyForcibly();
    killed.awaitExit(STOP);

    assertThat(ProcessHandle.of(orphan).filter(ProcessHandle::isAlive))
        .as("SIGKILL leaves the embedded PostgreSQL running")
        .isPresent();

    Child bulletin =
        packaged.start("bulletin", "--year", "2025", "--json", "--data", dataDir.toString());

    int code = bulletin.awaitExit(COMMAND);

    assertThat(code).as(bulletin.describe()).isZero();
    assertThat(bulletin.stderr())
        .as(bulletin.describe())
        .contains("Stopping PostgreSQL " + orphan + " left running by an earlier process")
        .doesNotContain(DEMO_LOADING);
    assertThat(figureMismatches(JSON.readTree(bulletin.stdout())))
        .as(bulletin.describe())
        .isEmpty();
    assertThat(ProcessHandle.of(orphan).filter(ProcessHandle::isAlive)).isEmpty();
    assertThat(postgresServersOn(dataDir)).as(bulletin.describe()).isEmpty();
  }

  /** Every published figure against {@code bulletin}'s: value, unit and the clusters named. */
  private static List<String> figureMismatches(JsonNode bulletin) {
    JsonNode figures = bulletin.get("figures");
    if (figures == null || !figures.isObject()) {
      return List.of("no figures");
    }
    List<String> mismatches = new ArrayList<>();
    for (JsonNode expected : published.get("figures")) {
      String key = expected.get("key").asString();
      JsonNode actual = figures.get(key);
      if (actual == null || actual.get("value") == null) {
        mismatches.add(key + ": missing");
        continue;
      }
      BigDecimal value = actual.get("value").decimalValue();
      if (value.compareTo(expected.get("value").decimalValue()) != 0) {
        mismatches.add(key + ": published " + expected.get("value") + ", served " + value);
      }
      if (!expected.get("unit").asString().equals(actual.get("unit").asString())) {
        mismatches.add(key + ": unit " + actual.get("unit"));
      }
      if (expected.has("named")) {
        List<String> named = new ArrayList<>();
        // the text names clusters without the suffix 产业集群 / 集群
        expected.get("named").forEach(n -> named.add(n.asString().replaceFirst("(产业)?集群$", "")));
        List<String> served = new ArrayList<>();
        if (actual.has("named")) {
          actual.get("named").forEach(n -> served.add(n.asString()));
        }
        if (!named.equals(served)) {
          mismatches.add(key + ": named " + served + ", published " + named);
        }
      }
    }
    if (figures.size() != published.get("figures").size()) {
      mismatches.add(figures.size() + " figures served, " + published.get("figures").size());
    }
    return mismatches;
  }

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return get(path, null);
  }

  private static HttpResponse<String> get(String path, String authorization)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .timeout(Duration.ofSeconds(120))
            .GET();
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(UTF_8));
  }
}

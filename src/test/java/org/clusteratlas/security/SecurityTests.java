package org.clusteratlas.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clusteratlas.AtlasIntegrationTest;
import org.clusteratlas.TestUsers;
import org.clusteratlas.storage.StorageProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may request what, on the running server as browsers and scripts reach it: the public pages
 * and reads without a session, the sign-in page with its CSRF token, HTTP Basic and personal access
 * tokens for scripts, 401 and 403 as problem details, and every 403 recorded.
 */
@AtlasIntegrationTest
class SecurityTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  /** A request that passes the security rules reaches the service, which knows no such finding. */
  private static final String CLEARANCE = "/api/v1/findings/987654321/clearance";

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired UserAccounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired StorageProperties storage;
  @Autowired org.springframework.context.ApplicationEventPublisher events;

  private final HttpClient http = HttpClient.newHttpClient();

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private HttpResponse<String> get(HttpClient client, String path, String... headers)
      throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> postJson(String path, String body, String... headers)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> postForm(HttpClient client, String path, String form)
      throws Exception {
    return client.send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String form(String... pairs) {
    StringBuilder form = new StringBuilder();
    for (int i = 0; i < pairs.length; i += 2) {
      if (form.length() > 0) {
        form.append('&');
      }
      form.append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
    }
    return form.toString();
  }

  private static List<String> cookies(HttpResponse<?> response) {
    return response.headers().allValues("Set-Cookie");
  }

  private static String bearer(String token) {
    return "Bearer " + token;
  }

  @Test
  void a_visitor_reads_the_home_page_and_the_api_without_getting_a_session() throws Exception {
    HttpResponse<String> home = get(http, "/");
    HttpResponse<String> bulletin = get(http, "/api/v1/bulletins/2025");
    HttpResponse<String> login = get(http, "/login");

    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.body()).contains("href=\"/login\"");
    assertThat(cookies(home)).noneMatch(c -> c.startsWith("JSESSIONID"));
    assertThat(bulletin.statusCode()).isEqualTo(200);
    assertThat(cookies(bulletin)).noneMatch(c -> c.startsWith("JSESSIONID"));
    assertThat(login.statusCode()).isEqualTo(200);
  }

  @Test
  void a_visitor_asking_for_the_import_page_is_sent_to_the_sign_in_page() throws Exception {
    HttpResponse<String> response = get(http, "/imports");

    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(response.headers().firstValue("Location")).hasValue(uri("/login").toString());
  }

  @Test
  void a_visitor_posting_to_the_api_gets_a_401_problem_detail_with_a_basic_challenge()
      throws Exception {
    HttpResponse<String> zh = postJson(CLEARANCE, "{\"reason\": \"x\"}");
    HttpResponse<String> en = postJson(CLEARANCE + "?lang=en", "{\"reason\": \"x\"}");

    assertThat(zh.statusCode()).isEqualTo(401);
    assertThat(zh.headers().firstValue("WWW-Authenticate"))
        .hasValue("Basic realm=\"Cluster Atlas\"");
    assertThat(zh.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    JsonNode problem = JSON.readTree(zh.body());
    assertThat(problem.get("status").asInt()).isEqualTo(401);
    assertThat(problem.get("rule").asString()).isEqualTo("access.unauthenticated");
    assertThat(problem.get("detail").asString()).startsWith("请先登录").contains(CLEARANCE);
    assertThat(JSON.readTree(en.body()).get("detail").asString()).startsWith("Please sign in");
    assertThat(cookies(zh)).noneMatch(c -> c.startsWith("JSESSIONID"));
  }

  @Test
  void a_visitor_posting_an_import_gets_401() throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(uri("/api/v1/imports"))
                .header("Content-Type", "multipart/form-data; boundary=b")
                .POST(HttpRequest.BodyPublishers.ofString("--b--\r\n"))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
  }

  @Test
  void a_province_administrator_signed_in_with_basic_is_let_through_without_a_csrf_token()
      throws Exception {
    TestUsers.Credentials admin = TestUsers.provinceAdmin(context);

    HttpResponse<String> cleared =
        postJson(CLEARANCE, "{\"reason\": \"x\"}", "Authorization", admin.basicHeader());
    HttpResponse<String> rules =
        get(http, "/api/v1/imports/rules", "Authorization", admin.basicHeader());

    assertThat(cleared.statusCode()).as(cleared.body()).isEqualTo(404);
    assertThat(cleared.body()).contains("\"rule\":\"finding.unknown\"");
    assertThat(rules.statusCode()).isEqualTo(200);
    assertThat(cookies(rules)).noneMatch(c -> c.startsWith("JSESSIONID"));
    assertThat(get(http, "/api/v1/imports/rules").statusCode()).isEqualTo(401);
  }

  @Test
  void a_wrong_password_with_basic_is_401() throws Exception {
    TestUsers.Credentials admin = TestUsers.provinceAdmin(context);
    TestUsers.Credentials wrong = new TestUsers.Credentials(admin.name(), "not-the-password");

    HttpResponse<String> response =
        get(http, "/api/v1/imports/rules", "Authorization", wrong.basicHeader());

    assertThat(response.statusCode()).isEqualTo(401);
  }

  @Test
  void a_personal_access_token_signs_a_script_in_until_it_is_revoked() throws Exception {
    TestUsers.Credentials admin = TestUsers.provinceAdmin(context);
    IssuedToken token = accounts.issueToken(admin.name(), "tests");

    HttpResponse<String> used =
        postJson(CLEARANCE, "{\"reason\": \"x\"}", "Authorization", bearer(token.token()));
    accounts.revokeToken(token.id());
    HttpResponse<String> revoked =
        get(http, "/api/v1/imports/rules", "Authorization", bearer(token.token()));
    HttpResponse<String> madeUp =
        get(http, "/api/v1/bulletins/2025", "Authorization", bearer("atlas_" + "x".repeat(40)));

    assertThat(token.token()).matches("atlas_[A-Za-z0-9_-]{40}");
    assertThat(used.statusCode()).as(used.body()).isEqualTo(404);
    assertThat(revoked.statusCode()).isEqualTo(401);
    assertThat(revoked.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(madeUp.statusCode()).isEqualTo(401);
    assertThat(
            jdbc.sql("select last_used_at is not null from access_token where id = ?")
                .param(token.id())
                .query(Boolean.class)
                .single())
        .isTrue();
    assertThat(
            jdbc.sql("select count(*) from access_token where token_sha256 like ?")
                .param("%" + token.token() + "%")
                .query(Long.class)
                .single())
        .as("the token itself is not stored")
        .isZero();
  }

  @Test
  void a_disabled_users_token_and_password_are_refused() throws Exception {
    TestUsers.Credentials viewer =
        TestUsers.user(context, "it-disabled", org.clusteratlas.shared.Actor.Role.VIEWER, null);
    IssuedToken token = accounts.issueToken(viewer.name(), null);
    accounts.disable(viewer.name());
    try {
      assertThat(get(http, "/api/v1/bulletins/2025", "Authorization", bearer(token.token())))
          .extracting(HttpResponse::statusCode)
          .isEqualTo(401);
      assertThat(get(http, "/api/v1/bulletins/2025", "Authorization", viewer.basicHeader()))
          .extracting(HttpResponse::statusCode)
          .isEqualTo(401);
    } finally {
      accounts.enable(viewer.name());
    }
  }

  @Test
  void the_sign_in_form_with_its_csrf_token_signs_in_and_without_it_is_refused() throws Exception {
    TestUsers.Credentials admin = TestUsers.provinceAdmin(context);
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    HttpResponse<String> page = get(browser, "/login");
    Matcher csrf = CSRF.matcher(page.body());
    assertThat(csrf.find()).as(page.body()).isTrue();
    HttpResponse<String> withoutToken =
        postForm(browser, "/login", form("username", admin.name(), "password", admin.password()));
    HttpResponse<String> wrongPassword =
        postForm(
            browser,
            "/login",
            form("username", admin.name(), "password", "wrong-password", "_csrf", csrf.group(1)));
    page = get(browser, "/login");
    csrf = CSRF.matcher(page.body());
    assertThat(csrf.find()).isTrue();
    HttpResponse<String> signedIn =
        postForm(
            browser,
            "/login",
            form("username", admin.name(), "password", admin.password(), "_csrf", csrf.group(1)));
    HttpResponse<String> imports = get(browser, "/imports");

    assertThat(withoutToken.statusCode()).isEqualTo(403);
    assertThat(wrongPassword.statusCode()).isEqualTo(302);
    assertThat(wrongPassword.headers().firstValue("Location"))
        .hasValue(uri("/login?error").toString());
    assertThat(signedIn.statusCode()).isEqualTo(302);
    assertThat(signedIn.headers().firstValue("Location")).hasValue(uri("/").toString());
    assertThat(imports.statusCode()).isEqualTo(200);
    assertThat(imports.body())
        .contains("<meta name=\"_csrf\" content=\"")
        .contains("<meta name=\"_csrf_header\" content=\"X-CSRF-TOKEN\"")
        .contains(admin.name());
  }

  @Test
  void a_user_signed_in_on_the_page_is_signed_out_once_disabled() throws Exception {
    TestUsers.Credentials admin =
        TestUsers.user(
            context, "it-session", org.clusteratlas.shared.Actor.Role.PROVINCE_ADMIN, null);
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    Matcher csrf = CSRF.matcher(get(browser, "/login").body());
    assertThat(csrf.find()).isTrue();
    postForm(
        browser,
        "/login",
        form("username", admin.name(), "password", admin.password(), "_csrf", csrf.group(1)));
    assertThat(get(browser, "/imports").statusCode()).isEqualTo(200);

    accounts.disable(admin.name());
    try {
      HttpResponse<String> after = get(browser, "/imports");

      assertThat(after.statusCode()).isEqualTo(302);
      assertThat(after.headers().firstValue("Location")).hasValue(uri("/login").toString());
    } finally {
      accounts.enable(admin.name());
    }
  }

  @Test
  void a_refusal_announced_by_a_query_is_logged_and_stored_with_the_askers_scope() {
    String user = "it-refused-" + System.nanoTime();

    events.publishEvent(
        new org.clusteratlas.shared.AccessRefused(
            org.clusteratlas.shared.Scope.region(user, "360700"), "cluster/17/members"));

    assertThat(
            jdbc.sql("select scope || ' ' || what from access_refusal where user_name = ?")
                .param(user)
                .query(String.class)
                .list())
        .containsExactly("region:360700 cluster/17/members");
  }

  @Test
  void a_city_officer_posting_an_import_is_refused_with_403_and_the_refusal_is_recorded()
      throws Exception {
    TestUsers.Credentials officer = TestUsers.nanchangOfficer(context);

    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(uri("/api/v1/imports?lang=en"))
                .header("Authorization", officer.basicHeader())
                .header("Content-Type", "multipart/form-data; boundary=b")
                .POST(HttpRequest.BodyPublishers.ofString("--b--\r\n"))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(403);
    JsonNode problem = JSON.readTree(response.body());
    assertThat(problem.get("rule").asString()).isEqualTo("access.forbidden");
    assertThat(problem.get("detail").asString())
        .isEqualTo("Your role may not do this: POST /api/v1/imports");
    assertThat(
            jdbc.sql("select scope || ' ' || what from access_refusal where user_name = ?")
                .param(officer.name())
                .query(String.class)
                .list())
        .contains("region:360100 POST /api/v1/imports");
  }

  @Test
  void a_city_officer_may_not_open_the_administration_page_but_a_province_administrator_may()
      throws Exception {
    HttpResponse<String> officer =
        get(
            http,
            "/admin/users",
            "Authorization",
            TestUsers.nanchangOfficer(context).basicHeader());
    HttpResponse<String> admin =
        get(
            http,
            "/admin/users?lang=en",
            "Authorization",
            TestUsers.provinceAdmin(context).basicHeader());

    assertThat(officer.statusCode()).isEqualTo(403);
    assertThat(admin.statusCode()).isEqualTo(200);
    assertThat(admin.body())
        .contains("Users")
        .contains(TestUsers.provinceAdmin(context).name())
        .contains("GET /admin/users");
  }

  @Test
  void the_demo_accounts_exist_and_their_file_is_readable_by_its_owner_only() throws Exception {
    Path file = storage.dataDir().resolve("demo-accounts.txt");

    assertThat(file).isRegularFile();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    List<String> lines = Files.readAllLines(file);
    assertThat(lines).hasSize(5);
    assertThat(String.join("\n", lines))
        .contains("admin  role=province_admin  scope=360000")
        .contains("nanchang  role=city_officer  scope=360100")
        .contains("ganzhou  role=city_officer  scope=360700")
        .contains("viewer  role=viewer")
        .contains("cluster-org  role=cluster_org")
        .contains("/login");
    Matcher admin = Pattern.compile("admin  .* password=([A-Za-z0-9]{16}) ").matcher(lines.get(0));
    assertThat(admin.find()).as(lines.get(0)).isTrue();
    TestUsers.Credentials demoAdmin = new TestUsers.Credentials("admin", admin.group(1));
    assertThat(get(http, "/api/v1/imports/rules", "Authorization", demoAdmin.basicHeader()))
        .extracting(HttpResponse::statusCode)
        .isEqualTo(200);
    assertThat(accounts.find("cluster-org").orElseThrow().clusterId())
        .isEqualTo(
            jdbc.sql("select id from cluster where name = '南昌高新区光电及通信产业集群'")
                .query(Long.class)
                .single());
  }
}

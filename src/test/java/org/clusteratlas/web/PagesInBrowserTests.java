package org.clusteratlas.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.clusteratlas.AtlasIntegrationTest;
import org.clusteratlas.Chromium;
import org.clusteratlas.TestUsers;
import org.clusteratlas.explore.ClusterFilter;
import org.clusteratlas.explore.Explorer;
import org.clusteratlas.shared.Scope;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;

/**
 * The pages in the machine's headless Chromium ({@code /usr/bin/chromium}, driven by Playwright,
 * which never downloads a browser). Each test has its own browser context, so the language a test
 * chose (kept in a cookie) and the sign-in (a session cookie) do not carry over; the import and
 * administration pages are the province administrator's, so their tests sign in on {@code /login}
 * first. The upload sends a file that is refused: a refused import stores no report data, which
 * matters because the page's upload runs in a background thread outside any test transaction.
 */
@AtlasIntegrationTest
class PagesInBrowserTests {

  private static final Path SCREENSHOTS = Paths.get("target", "screenshots");
  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
  private static final Locale EN = Locale.ENGLISH;

  private static Chromium chromium;
  private static Browser browser;

  @LocalServerPort int port;
  @Autowired MessageSource messages;
  @Autowired Explorer explorer;
  @Autowired ApplicationContext application;
  @TempDir Path dir;

  private BrowserContext context;
  private Page page;

  @BeforeAll
  static void launchChromium() {
    chromium = Chromium.launch();
    browser = chromium.browser();
  }

  @AfterAll
  static void closeChromium() {
    if (chromium != null) {
      chromium.close();
    }
  }

  @BeforeEach
  void openPage() {
    context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 768));
    page = context.newPage();
  }

  @AfterEach
  void closePage() {
    context.close();
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  /** Signs in on the sign-in page as the tests' province administrator, as a person would. */
  private void signIn() {
    signIn(TestUsers.provinceAdmin(application));
  }

  private void signIn(TestUsers.Credentials admin) {
    Chromium.signIn(page, url(""), admin);
  }

  private String message(String code, Locale locale, Object... args) {
    return messages.getMessage(code, args, locale);
  }

  @Test
  void the_dashboard_shows_the_2025_headline_figures_the_bulletin_and_the_map_in_chinese() {
    page.navigate(url("/"));

    assertThat(page.title()).isEqualTo("2025年产业集群发展看板");
    assertThat(page.locator("html").getAttribute("lang")).isEqualTo("zh");
    PlaywrightAssertions.assertThat(page.locator("h1")).hasText("2025年产业集群发展看板");
    PlaywrightAssertions.assertThat(page.locator("p.demo")).hasText(message("app.demo-banner", ZH));
    assertThat(page.locator("p.bulletin").innerText()).contains("118个省级产业集群实现营业收入3.9万亿元");
    // published-2025.json: 118 provincial clusters, revenue 3.9 万亿元, profit 1793 亿元
    PlaywrightAssertions.assertThat(page.locator("#card-provincial_cluster_count .figure"))
        .hasText("118");
    PlaywrightAssertions.assertThat(page.locator("#card-cluster_revenue .figure")).hasText("3.9");
    PlaywrightAssertions.assertThat(page.locator("#card-cluster_profit .figure")).hasText("1793");
    PlaywrightAssertions.assertThat(page.locator("#chart-map-box canvas").first()).isVisible();
    assertThat(
            (Boolean)
                page.evaluate(
                    "() => !!echarts.getInstanceByDom(document.getElementById('chart-map-box'))"))
        .isTrue();
    assertThat(page.locator("#chart-tiers-box canvas").count()).isPositive();
  }

  @Test
  void the_dashboard_with_lang_en_shows_the_figures_and_the_bulletin_in_english() {
    page.navigate(url("/?lang=en"));

    assertThat(page.title()).isEqualTo("Industrial clusters dashboard, 2025");
    assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");
    PlaywrightAssertions.assertThat(page.locator("p.demo")).hasText(message("app.demo-banner", EN));
    assertThat(page.locator("p.bulletin").innerText())
        .contains(
            "118 provincial industrial clusters earned operating revenue of 3.9 trillion yuan");
    PlaywrightAssertions.assertThat(page.locator("#headline-heading"))
        .hasText(message("dashboard.headline", EN));
    assertThat(page.locator("main").innerText())
        .contains("Cluster revenue")
        .doesNotContain("全省产业集群发展通报")
        .doesNotContain(message("app.demo-banner", ZH));
  }

  @Test
  void the_language_switch_turns_a_page_english_and_back_to_chinese_keeping_the_address() {
    page.navigate(url("/clusters?designation=provincial&tier=over_100bn&year=2025"));
    PlaywrightAssertions.assertThat(page.locator("h1")).hasText(message("directory.title", ZH));

    page.click("#lang-en");
    PlaywrightAssertions.assertThat(page.locator("h1")).hasText(message("directory.title", EN));
    assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");
    assertThat(page.url()).contains("tier=over_100bn").contains("lang=en");
    assertThat(page.locator("tr[data-id]").count()).isEqualTo(6);

    page.click("#lang-zh");
    PlaywrightAssertions.assertThat(page.locator("h1")).hasText(message("directory.title", ZH));
    assertThat(page.locator("html").getAttribute("lang")).isEqualTo("zh");
    PlaywrightAssertions.assertThat(page.locator("header nav a[href='/']"))
        .hasText(message("nav.dashboard", ZH));
  }

  @Test
  void the_directory_filtered_by_a_city_shows_only_that_citys_clusters_and_opens_a_profile() {
    page.navigate(url("/clusters"));
    page.selectOption("select[name=city]", "360700");
    page.selectOption("select[name=size]", "200");
    page.click("#filters button[type=submit]");
    page.waitForURL("**/clusters?**city=360700**");

    Locator rows = page.locator("tr[data-id]");
    assertThat(rows.count()).isPositive();
    for (int i = 0; i < rows.count(); i++) {
      assertThat(rows.nth(i).getAttribute("data-cities").split(" ")).contains("360700");
    }
    String name = rows.first().locator("td.name a").innerText();

    rows.first().locator("td.name a").click();
    page.waitForURL("**/clusters/*");
    PlaywrightAssertions.assertThat(page.locator("h1")).hasText(name);
    PlaywrightAssertions.assertThat(page.locator("#designations tbody tr").first()).isVisible();
  }

  @Test
  void two_clusters_ticked_in_the_directory_are_compared_side_by_side_with_a_chart() {
    page.navigate(url("/clusters?designation=provincial&tier=over_100bn&year=2025"));
    Locator rows = page.locator("tr[data-id]");
    List<String> names =
        List.of(
            rows.nth(0).locator("td.name a").innerText(),
            rows.nth(1).locator("td.name a").innerText());

    rows.nth(0).locator("input[type=checkbox]").check();
    rows.nth(1).locator("input[type=checkbox]").check();
    page.click("#compare-form button[type=submit]");
    page.waitForURL("**/compare?**");

    Locator columns = page.locator("#comparison thead th a:not(.remove)");
    PlaywrightAssertions.assertThat(columns).hasCount(2);
    assertThat(columns.allInnerTexts()).containsExactlyElementsOf(names);
    PlaywrightAssertions.assertThat(page.locator("#chart-compare-box canvas").first()).isVisible();
  }

  @Test
  void a_figure_of_the_bulletin_leads_to_as_many_clusters_as_it_counts() {
    page.navigate(url("/bulletin/2025"));
    Locator over100bn = page.locator("#figure-clusters_revenue_over_100bn");
    String figure = over100bn.locator("td.num").first().innerText();
    // published-2025.json: 6 clusters over 千亿
    assertThat(figure).isEqualTo("6");

    over100bn.locator("a").click();
    page.waitForURL("**/bulletin/2025/figures/clusters_revenue_over_100bn");

    PlaywrightAssertions.assertThat(page.locator("tr[data-id]")).hasCount(Integer.parseInt(figure));
    PlaywrightAssertions.assertThat(page.locator("#figure-value span").first()).hasText(figure);
  }

  @Test
  void the_import_page_shows_its_title_and_the_template_links_in_chinese() {
    signIn();
    page.navigate(url("/imports"));

    String title = message("imports.title", ZH);
    assertThat(title).isEqualTo("报表导入");
    assertThat(page.title()).isEqualTo(title);
    PlaywrightAssertions.assertThat(page.locator("h1")).hasText(title);
    assertTemplateLinks(ZH);
    PlaywrightAssertions.assertThat(page.locator("#upload button[type=submit]"))
        .hasText(message("imports.send", ZH));
    PlaywrightAssertions.assertThat(page.locator("#progress")).isHidden();
    PlaywrightAssertions.assertThat(page.locator("#report")).isHidden();
  }

  @Test
  void the_import_page_with_lang_en_shows_its_title_and_the_template_links_in_english() {
    signIn();
    page.navigate(url("/imports?lang=en"));

    String title = message("imports.title", EN);
    assertThat(title).isEqualTo("Import reports");
    assertThat(page.title()).isEqualTo(title);
    PlaywrightAssertions.assertThat(page.locator("h1")).hasText(title);
    assertTemplateLinks(EN);
    PlaywrightAssertions.assertThat(page.locator("#upload button[type=submit]"))
        .hasText(message("imports.send", EN));
  }

  private void assertTemplateLinks(Locale locale) {
    Locator xlsx = page.locator("a[href='/api/v1/imports/template.xlsx']");
    Locator csv = page.locator("a[href='/api/v1/imports/template.csv']");
    PlaywrightAssertions.assertThat(xlsx).hasText(message("imports.template.xlsx", locale));
    PlaywrightAssertions.assertThat(csv).hasText(message("imports.template.csv", locale));
  }

  @Test
  void a_refused_file_uploaded_through_the_form_shows_progress_then_the_refusal_and_its_problem()
      throws Exception {
    Path file = dir.resolve("exponent.csv");
    Files.writeString(
        file,
        "统一社会信用代码,企业名称,年份,月份,营业收入（万元）,营业收入上年同期（万元）\r\n"
            + "9.13601E+17,测试导入甲公司,2025,7,7000,6500\r\n",
        UTF_8);
    signIn();
    page.navigate(url("/imports"));
    PlaywrightAssertions.assertThat(page.locator("#progress")).isHidden();

    page.setInputFiles("#upload input[type=file]", file);
    page.click("#upload button[type=submit]");

    PlaywrightAssertions.assertThat(page.locator("#progress")).isVisible();
    PlaywrightAssertions.assertThat(page.locator("#report"))
        .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(120_000));
    assertThat(page.locator("#bar").getAttribute("value")).isEqualTo("100");
    assertThat(page.locator("#summary").innerText())
        .startsWith(message("imports.status.refused", ZH) + " — ");
    Locator rows = page.locator("#problems tr");
    Locator exponent =
        rows.filter(new Locator.FilterOptions().setHasText("credit-code.excel-exponent"));
    PlaywrightAssertions.assertThat(exponent).hasCount(1);
    List<String> cells = exponent.locator("td").allInnerTexts();
    assertThat(cells).hasSize(6);
    assertThat(cells.get(0)).isEqualTo("2");
    assertThat(cells.get(2)).isEqualTo("9.13601E+17");
    assertThat(cells.get(3)).isEqualTo("credit-code.excel-exponent");
    assertThat(page.locator("#problems-csv").getAttribute("href"))
        .matches("/api/v1/imports/\\d+/problems\\.csv\\?lang=zh");
    Files.createDirectories(SCREENSHOTS);
    Path png = SCREENSHOTS.resolve("imports-refused-1366x768.png");
    page.screenshot(new Page.ScreenshotOptions().setPath(png).setFullPage(true));
    assertThat(Arrays.copyOf(Files.readAllBytes(png), PNG_SIGNATURE.length))
        .isEqualTo(PNG_SIGNATURE);
  }

  @Test
  void a_city_officer_signed_in_reaches_its_own_clusters_records_but_not_another_citys() {
    signIn(TestUsers.nanchangOfficer(application));
    long nanchang = clusterNamed("南昌高新区光电及通信产业集群");
    long ganzhou = clusterNamed("赣县稀土金属新材料及应用产业集群");

    com.microsoft.playwright.Response own =
        page.navigate(url("/clusters/" + nanchang + "/members?year=2025&lang=en"));
    assertThat(own.status()).isEqualTo(200);
    assertThat(page.locator("table tbody tr").count()).isPositive();

    com.microsoft.playwright.Response other =
        page.navigate(url("/clusters/" + ganzhou + "/members?year=2025&lang=en"));
    assertThat(other.status()).isEqualTo(403);
    PlaywrightAssertions.assertThat(page.locator("h1")).hasText(message("error.status.403", EN));
    assertThat(page.locator("table").count()).as("no record of 赣州 on the page").isZero();
    // the same through the API with the page's session
    assertThat(
            page.request().get(url("/api/v1/clusters/" + ganzhou + "/members?year=2025")).status())
        .isEqualTo(403);
  }

  private long clusterNamed(String name) {
    return explorer
        .clusters(
            new ClusterFilter(name, null, null, null, null, 2025, null, null, 1, 1),
            Scope.anonymous(),
            ZH)
        .items()
        .get(0)
        .id();
  }

  @Test
  void a_visitor_asking_for_the_import_page_signs_in_and_is_taken_back_to_it() {
    TestUsers.Credentials admin = TestUsers.provinceAdmin(application);
    page.navigate(url("/imports?lang=en"));

    assertThat(page.url()).isEqualTo(url("/login?lang=en"));
    PlaywrightAssertions.assertThat(page.locator("h1")).hasText(message("login.title", EN));
    page.fill("input[name=username]", admin.name());
    page.fill("input[name=password]", "not the password");
    page.click("#login button[type=submit]");
    PlaywrightAssertions.assertThat(page.locator("#login-error"))
        .hasText(message("login.failed", EN));
    page.fill("input[name=username]", admin.name());
    page.fill("input[name=password]", admin.password());
    page.click("#login button[type=submit]");

    page.waitForURL(url("/imports?lang=en&continue"));
    PlaywrightAssertions.assertThat(page.locator("h1")).hasText(message("imports.title", EN));
    page.click("header button[type=submit]");
    page.waitForURL(url("/"));
    PlaywrightAssertions.assertThat(page.locator("header a[href='/login']"))
        .hasText(message("app.nav.sign-in", EN));
  }

  @Test
  void the_administration_page_adds_a_user_shows_a_refusal_beside_the_form_and_issues_a_token() {
    signIn();
    page.navigate(url("/admin/users?lang=en"));
    String name = "pw-" + Long.toString(System.nanoTime(), 36);

    page.fill("#add-user input[name=name]", name);
    page.selectOption("#add-user select[name=role]", "city_officer");
    page.fill("#add-user input[name=scope]", "360000");
    page.fill("#add-user input[name=password]", "a long enough password");
    page.click("#add-user button[type=submit]");
    PlaywrightAssertions.assertThat(page.locator("#add-error"))
        .hasText(
            new org.clusteratlas.shared.RuleViolation("user.region-unknown", "360000").message(EN));
    assertThat(page.locator("#add-user input[name=name]").inputValue()).isEqualTo(name);

    page.fill("#add-user input[name=scope]", "360700");
    page.fill("#add-user input[name=password]", "a long enough password");
    page.click("#add-user button[type=submit]");
    PlaywrightAssertions.assertThat(page.locator("#added"))
        .hasText(message("admin.users.added", EN, name));
    Locator row = page.locator("#users tr[data-user='" + name + "']");
    PlaywrightAssertions.assertThat(row).containsText("360700");
    row.locator("input[name=label]").fill("browser test");
    row.locator(
            "button",
            new Locator.LocatorOptions().setHasText(message("admin.users.token.issue", EN)))
        .click();
    PlaywrightAssertions.assertThat(page.locator("#token")).containsText("atlas_");
    assertThat(page.locator("#token").innerText()).matches("atlas_[A-Za-z0-9_-]{40}");
    page.reload();
    assertThat(page.locator("#token").count()).as("shown once").isZero();
  }

  @Test
  void screenshots_of_the_sign_in_and_the_signed_in_pages_are_written_as_png_files()
      throws Exception {
    Files.createDirectories(SCREENSHOTS);
    record Visitor(String name, String path, int width, int height) {}
    for (Visitor shot :
        List.of(
            new Visitor("login-1366x768.png", "/login", 1366, 768),
            new Visitor("login-390x844.png", "/login?lang=en", 390, 844))) {
      page.setViewportSize(shot.width(), shot.height());
      page.navigate(url(shot.path()));
      Path png = SCREENSHOTS.resolve(shot.name());
      page.screenshot(new Page.ScreenshotOptions().setPath(png).setFullPage(true));
      assertThat(pngWidth(Files.readAllBytes(png))).as(shot.name()).isEqualTo(shot.width());
    }
    signIn();
    record Shot(String name, String path, int width, int height) {}
    List<Shot> shots =
        List.of(
            new Shot("imports-1366x768.png", "/imports", 1366, 768),
            new Shot("imports-390x844.png", "/imports", 390, 844),
            new Shot("admin-users-1366x768.png", "/admin/users", 1366, 768),
            new Shot("admin-users-390x844.png", "/admin/users", 390, 844));
    for (Shot shot : shots) {
      Path png = SCREENSHOTS.resolve(shot.name());
      Files.deleteIfExists(png);
      page.setViewportSize(shot.width(), shot.height());
      page.navigate(url(shot.path()));
      page.screenshot(new Page.ScreenshotOptions().setPath(png).setFullPage(true));

      assertThat(png).as(shot.name()).isRegularFile();
      byte[] bytes = Files.readAllBytes(png);
      assertThat(bytes.length).as(shot.name()).isGreaterThan(PNG_SIGNATURE.length);
      assertThat(Arrays.copyOf(bytes, PNG_SIGNATURE.length))
          .as(shot.name())
          .isEqualTo(PNG_SIGNATURE);
      assertThat(pngWidth(bytes)).as(shot.name()).isEqualTo(shot.width());
      Object widths =
          page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]");
      assertThat(((Number) ((List<?>) widths).get(0)).intValue())
          .as(shot.name() + ": the page's width against the window's")
          .isLessThanOrEqualTo(((Number) ((List<?>) widths).get(1)).intValue());
    }
  }

  @Test
  void screenshots_of_every_page_on_a_laptop_and_a_phone_fit_the_screen_without_overflow()
      throws Exception {
    Files.createDirectories(SCREENSHOTS);
    record Shot(String name, String path) {}
    List<Shot> shots =
        List.of(
            new Shot("dashboard", "/"),
            new Shot("directory", "/clusters?year=2025"),
            new Shot("profile", "/clusters/" + largestCluster() + "?year=2025"),
            new Shot("region", "/regions/360100?year=2025"),
            new Shot("compare", "/compare?ids=" + largestClusters(4) + "&year=2025"),
            new Shot("bulletin", "/bulletin/2025"),
            new Shot("figure", "/bulletin/2025/figures/clusters_revenue_over_50bn"),
            new Shot("dashboard-en", "/?lang=en"),
            new Shot("directory-en", "/clusters?year=2025&lang=en"),
            new Shot("profile-en", "/clusters/" + largestCluster() + "?year=2025&lang=en"));
    for (int[] size : new int[][] {{1366, 768}, {390, 844}}) {
      page.setViewportSize(size[0], size[1]);
      for (Shot shot : shots) {
        String name = shot.name() + "-" + size[0] + "x" + size[1] + ".png";
        Path png = SCREENSHOTS.resolve(name);
        Files.deleteIfExists(png);
        context.clearCookies();
        page.navigate(url(shot.path()));
        page.waitForFunction(
            "() => Array.from(document.querySelectorAll('div.chart'))"
                + ".every(c => c.querySelector('canvas'))");
        page.screenshot(new Page.ScreenshotOptions().setPath(png).setFullPage(true));

        assertThat(png).as(name).isRegularFile();
        byte[] bytes = Files.readAllBytes(png);
        assertThat(Arrays.copyOf(bytes, PNG_SIGNATURE.length)).as(name).isEqualTo(PNG_SIGNATURE);
        assertThat(pngWidth(bytes)).as(name).isEqualTo(size[0]);
        Object overflow =
            page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]");
        List<?> widths = (List<?>) overflow;
        assertThat(((Number) widths.get(0)).intValue())
            .as(name + ": the page's width against the window's")
            .isLessThanOrEqualTo(((Number) widths.get(1)).intValue());
      }
    }
  }

  private long largestCluster() {
    return explorer
        .clusters(
            new ClusterFilter(null, null, null, "provincial", null, 2025, null, null, 1, 1),
            Scope.anonymous(),
            ZH)
        .items()
        .get(0)
        .id();
  }

  private String largestClusters(int n) {
    return String.join(
        ",",
        explorer
            .clusters(
                new ClusterFilter(null, null, null, "provincial", null, 2025, null, null, 1, n),
                Scope.anonymous(),
                ZH)
            .items()
            .stream()
            .map(r -> String.valueOf(r.id()))
            .toList());
  }

  /**
   * The width in the PNG's IHDR chunk, which follows the signature and the chunk's length and type.
   */
  private static int pngWidth(byte[] png) {
    int at = PNG_SIGNATURE.length + 8;
    return ((png[at] & 0xFF) << 24)
        | ((png[at + 1] & 0xFF) << 16)
        | ((png[at + 2] & 0xFF) << 8)
        | (png[at + 3] & 0xFF);
  }
}

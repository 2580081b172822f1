package org.clusteratlas.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clusteratlas.AtlasIntegrationTest;
import org.clusteratlas.TestUsers;
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
 * The pages {@code /}, {@code /login}, {@code /imports} and {@code /admin/users} in the machine's
 * headless Chromium ({@code /usr/bin/chromium}, driven by Playwright, which never downloads a
 * browser). Each test has its own browser context, so the language a test chose (kept in a cookie)
 * and the sign-in (a session cookie) do not carry over; the import and administration pages are the
 * province administrator's, so their tests sign in on {@code /login} first. The upload sends a file
 * that is refused: a refused import stores no report data, which matters because the page's upload
 * runs in a background thread outside any test transaction.
 */
@AtlasIntegrationTest
class PagesInBrowserTests {

  private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
  private static final Path SCREENSHOTS = Paths.get("target", "screenshots");
  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
  private static final Locale EN = Locale.ENGLISH;

  private static Playwright playwright;
  private static Browser browser;

  @LocalServerPort int port;
  @Autowired MessageSource messages;
  @Autowired ApplicationContext application;
  @TempDir Path dir;

  private BrowserContext context;
  private Page page;

  @BeforeAll
  static void launchChromium() {
    playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    browser =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM)
                    .setHeadless(true)
                    .setArgs(
                        List.of(
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync",
                            "--no-first-run")));
  }

  @AfterAll
  static void closeChromium() {
    if (browser != null) {
      browser.close();
    }
    if (playwright != null) {
      playwright.close();
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
    TestUsers.Credentials admin = TestUsers.provinceAdmin(application);
    page.navigate(url("/login"));
    page.fill("input[name=username]", admin.name());
    page.fill("input[name=password]", admin.password());
    page.click("#login button[type=submit]");
    page.waitForURL(url("/"));
  }

  private String message(String code, Locale locale, Object... args) {
    return messages.getMessage(code, args, locale);
  }

  @Test
  void the_home_page_shows_the_2025_bulletin_and_its_published_figures_in_chinese() {
    page.navigate(url("/"));

    assertThat(page.title()).isEqualTo("2025年全省产业集群发展通报");
    assertThat(page.locator("html").getAttribute("lang")).isEqualTo("zh");
    PlaywrightAssertions.assertThat(page.locator("h1")).hasText("2025年全省产业集群发展通报");
    PlaywrightAssertions.assertThat(page.locator("p.demo")).hasText(message("app.demo-banner", ZH));
    assertThat(page.locator("p.bulletin").innerText()).contains("118个省级产业集群实现营业收入3.9万亿元");
    assertThat(page.locator("table tbody tr").count()).isPositive();
    assertThat(page.locator("table tbody").innerText()).contains("118").contains("3.9");
  }

  @Test
  void the_home_page_with_lang_en_shows_the_bulletin_in_english() {
    page.navigate(url("/?lang=en"));

    assertThat(page.title()).isEqualTo("Bulletin on the province's industrial clusters, 2025");
    assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");
    PlaywrightAssertions.assertThat(page.locator("p.demo")).hasText(message("app.demo-banner", EN));
    assertThat(page.locator("p.bulletin").innerText())
        .contains(
            "118 provincial industrial clusters earned operating revenue of 3.9 trillion yuan");
    PlaywrightAssertions.assertThat(page.locator("h2")).hasText(message("bulletin.figures", EN));
    assertThat(page.locator("main").innerText())
        .contains("Cluster revenue")
        .doesNotContain("全省产业集群发展通报")
        .doesNotContain(message("app.demo-banner", ZH));
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
  void screenshots_of_the_pages_on_a_laptop_and_a_phone_are_written_as_png_files()
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
            new Shot("home-1366x768.png", "/", 1366, 768),
            new Shot("home-390x844.png", "/", 390, 844),
            new Shot("imports-1366x768.png", "/imports", 1366, 768),
            new Shot("imports-390x844.png", "/imports", 390, 844),
            new Shot("admin-users-1366x768.png", "/admin/users", 1366, 768));
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
    }
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

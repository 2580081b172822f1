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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

/**
 * The pages {@code /} and {@code /imports} in the machine's headless Chromium ({@code
 * /usr/bin/chromium}, driven by Playwright, which never downloads a browser). Each test has its own
 * browser context, so the language a test chose (kept in a cookie) does not carry over. The upload
 * sends a file that is refused: a refused import stores no report data, which matters because the
 * page's upload runs in a background thread outside any test transaction.
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
  void screenshots_of_both_pages_on_a_laptop_and_a_phone_are_written_as_png_files()
      throws Exception {
    Files.createDirectories(SCREENSHOTS);
    record Shot(String name, String path, int width, int height) {}
    List<Shot> shots =
        List.of(
            new Shot("home-1366x768.png", "/", 1366, 768),
            new Shot("home-390x844.png", "/", 390, 844),
            new Shot("imports-1366x768.png", "/imports", 1366, 768),
            new Shot("imports-390x844.png", "/imports", 390, 844));
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

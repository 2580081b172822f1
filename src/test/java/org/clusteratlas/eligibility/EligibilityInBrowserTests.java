package org.clusteratlas.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import org.clusteratlas.AtlasIntegrationTest;
import org.clusteratlas.Chromium;
import org.clusteratlas.TestUsers;
import org.clusteratlas.cluster.ClusterRegister;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The eligibility board in the machine's headless Chromium ({@code /usr/bin/chromium}, driven by
 * Playwright), as the province administrator after signing in on the sign-in page: reached from the
 * navigation, read, followed to a cluster, and photographed on a laptop and a phone.
 */
@AtlasIntegrationTest
class EligibilityInBrowserTests {

  private static final Path SCREENSHOTS = Paths.get("target", "screenshots");
  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

  private static Chromium chromium;
  private static Browser browser;

  @LocalServerPort int port;
  @Autowired ApplicationContext application;
  @Autowired ClusterRegister register;

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
    TestUsers.Credentials admin = TestUsers.provinceAdmin(application);
    Chromium.signIn(page, url(""), admin);
  }

  @AfterEach
  void closePage() {
    context.close();
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  private long idOf(String name) {
    return register.all().stream()
        .filter(c -> c.name().equals(name))
        .findFirst()
        .orElseThrow()
        .id()
        .value();
  }

  @Test
  void theNavigationLeadsToTheBoardWhoseCellsShowAMarkAndTheirReason() {
    page.click("nav.main-nav a[href='/eligibility']");
    page.waitForURL("**/eligibility/2025**");

    PlaywrightAssertions.assertThat(page.locator("h1")).hasText("2025 年集群申报资格");
    assertThat(page.locator("section.ladder").count()).isEqualTo(3);
    PlaywrightAssertions.assertThat(
            page.locator("#ladder-national_advanced_manufacturing tbody tr"))
        .hasCount(14);
    PlaywrightAssertions.assertThat(
            page.locator("#ladder-provincial_advanced_manufacturing p.reconstructed"))
        .isVisible();
    assertThat(page.locator("#ladder-national_sme_characteristic p.reconstructed").count())
        .isZero();
    String anyiRow = "#ladder-national_sme_characteristic tr:has(a:text('安义铝合金塑型材产业集群'))";
    // its demo self-report declares an area over MIIT's 100 km²
    PlaywrightAssertions.assertThat(page.locator(anyiRow + " td.verdict-not_met .mark"))
        .hasText("✗");
    assertThat(page.locator(anyiRow + " td.verdict-not_met").getAttribute("title"))
        .matches("面积：申报面积 [0-9.]+ 平方公里，超过 100 平方公里");
    PlaywrightAssertions.assertThat(page.locator(anyiRow + " td.lacking")).hasText("面积");

    page.click(anyiRow + " a");
    page.waitForURL("**/eligibility/2025/clusters/" + idOf("安义铝合金塑型材产业集群") + "**");
    PlaywrightAssertions.assertThat(page.locator("#ladder-national_sme_characteristic tbody"))
        .containsText("所有承载地都在安义县");
  }

  @Test
  void screenshotsOfTheBoardAndAClusterFitALaptopAndAPhoneWithoutOverflow() throws Exception {
    Files.createDirectories(SCREENSHOTS);
    record Shot(String name, String path) {}
    List<Shot> shots =
        List.of(
            new Shot("eligibility", "/eligibility/2025"),
            new Shot("eligibility-en", "/eligibility/2025?lang=en"),
            new Shot("eligibility-cluster", "/eligibility/2025/clusters/" + idOf("安义铝合金塑型材产业集群")));
    for (int[] size : new int[][] {{1366, 768}, {390, 844}}) {
      page.setViewportSize(size[0], size[1]);
      for (Shot shot : shots) {
        String name = shot.name() + "-" + size[0] + "x" + size[1] + ".png";
        Path png = SCREENSHOTS.resolve(name);
        Files.deleteIfExists(png);
        page.navigate(url(shot.path()));
        PlaywrightAssertions.assertThat(page.locator("h1")).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(png).setFullPage(true));

        byte[] bytes = Files.readAllBytes(png);
        assertThat(Arrays.copyOf(bytes, PNG_SIGNATURE.length)).as(name).isEqualTo(PNG_SIGNATURE);
        Object widths =
            page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]");
        List<?> w = (List<?>) widths;
        assertThat(((Number) w.get(0)).intValue())
            .as(name + ": the page's width against the window's")
            .isLessThanOrEqualTo(((Number) w.get(1)).intValue());
      }
    }
  }
}

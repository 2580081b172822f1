package org.clusteratlas.management;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.clusteratlas.AtlasIntegrationTest;
import org.clusteratlas.Chromium;
import org.clusteratlas.TestUsers;
import org.clusteratlas.evaluation.Evaluations;
import org.clusteratlas.shared.Scope;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The page {@code /management/{year}} in the machine's headless Chromium, as the province
 * administrator confirms a proposal. The server commits what the browser does, so the test works on
 * 2021, which no other test evaluates (others take 2022 and 2023 to be unevaluated): it runs 2021
 * under the default scheme, committed, when no open proposal of it is left, and confirms one of
 * that run's revenue-tier flags, which only acknowledges and changes no lifecycle case.
 */
@AtlasIntegrationTest
class ManagementPageInBrowserTests {

  private static final int YEAR = 2021;
  private static final Path SCREENSHOTS = Paths.get("target", "screenshots");

  private static Chromium chromium;
  private static Browser browser;

  @LocalServerPort int port;
  @Autowired ApplicationContext application;
  @Autowired Evaluations evaluations;
  @Autowired DynamicManagement management;
  @Autowired PlatformTransactionManager transactions;

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

  /** An open tier flag of the year, from a committed run made for this test when none is left. */
  private Proposal openFlag() {
    Scope province = Scope.province("browser-test");
    List<Proposal> open =
        management.proposals(YEAR, ProposalState.OPEN, ProposalKind.TIER_CROSSED, province);
    if (open.isEmpty()) {
      new TransactionTemplate(transactions)
          .executeWithoutResult(s -> evaluations.run(YEAR, StrictScheme.ADMIN));
      open = management.proposals(YEAR, ProposalState.OPEN, ProposalKind.TIER_CROSSED, province);
    }
    assertThat(open).as("tier flags of %d", YEAR).isNotEmpty();
    return open.get(0);
  }

  private void shoot(String name, int width, int height) throws Exception {
    page.setViewportSize(width, height);
    Files.createDirectories(SCREENSHOTS);
    Path png = SCREENSHOTS.resolve(name + "-" + width + ".png");
    page.screenshot(new Page.ScreenshotOptions().setPath(png).setFullPage(true));
    assertThat(Files.size(png)).as(png.toString()).isGreaterThan(1000);
    List<?> widths =
        (List<?>) page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]");
    assertThat(((Number) widths.get(0)).intValue())
        .as(name + " at " + width + ": the page's width against the window's")
        .isLessThanOrEqualTo(((Number) widths.get(1)).intValue());
  }

  @Test
  void theAdministratorConfirmsAProposalOnThePageAndSeesItsDecision() throws Exception {
    Proposal flag = openFlag();
    TestUsers.Credentials admin = TestUsers.provinceAdmin(application);
    Chromium.signIn(page, url(""), admin);

    page.click("header.site a[href='/management']");
    page.navigate(url("/management/" + YEAR));
    PlaywrightAssertions.assertThat(page.locator("h1")).hasText(YEAR + "年度动态管理");
    Locator article = page.locator("#proposal-" + flag.id());
    PlaywrightAssertions.assertThat(article.locator(".grounds")).containsText("营业收入档次");
    shoot("management-open", 1366, 768);
    shoot("management-open", 390, 844);

    article.locator("textarea[name=reason]").fill("已知悉营业收入档次变化");
    article.locator("input[name=document]").fill("赣工信字〔2026〕99号");
    article.locator("button.confirm").click();
    page.waitForURL(u -> u.contains("/management/" + YEAR));

    PlaywrightAssertions.assertThat(page.locator("#confirmed")).containsText("#" + flag.id());
    Locator decided = page.locator("#proposal-" + flag.id());
    PlaywrightAssertions.assertThat(decided).hasAttribute("data-state", "confirmed");
    PlaywrightAssertions.assertThat(decided.locator(".decisions")).containsText("已知悉营业收入档次变化");
    PlaywrightAssertions.assertThat(decided.locator("form.decide")).hasCount(0);
    assertThat(management.proposal(flag.id(), Scope.province("browser-test")).state())
        .isEqualTo(ProposalState.CONFIRMED);
    page.setViewportSize(1366, 768);
    shoot("management-confirmed", 1366, 768);
    shoot("management-confirmed", 390, 844);
  }
}

package org.clusteratlas.selfreport;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clusteratlas.AtlasIntegrationTest;
import org.clusteratlas.Chromium;
import org.clusteratlas.TestUsers;
import org.clusteratlas.cluster.ClusterId;
import org.clusteratlas.shared.Actor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;

/**
 * The self-report form in the machine's headless Chromium, as a cluster organisation would use it:
 * fill in this year's report, save, meet a finding next to its field, explain it, submit. The form
 * posts to the running server, outside any test transaction, so what it stores stays: the test uses
 * the current year, whose reports no other test reads, and a cluster of its own.
 */
@AtlasIntegrationTest
class SelfReportFormInBrowserTests {

  private static final Path SCREENSHOTS = Paths.get("target", "screenshots");

  private static Chromium chromium;
  private static Browser browser;

  @LocalServerPort int port;
  @Autowired ApplicationContext application;
  @Autowired SelfReports reports;
  @Autowired MessageSource messages;

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

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  private void screenshot(Page page, String name) throws Exception {
    Files.createDirectories(SCREENSHOTS);
    Path png = SCREENSHOTS.resolve(name);
    page.screenshot(new Page.ScreenshotOptions().setPath(png).setFullPage(true));
    assertThat(png).isRegularFile();
    Object widths =
        page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]");
    assertThat(((Number) ((List<?>) widths).get(0)).intValue())
        .as(name + ": the page's width against the window's")
        .isLessThanOrEqualTo(((Number) ((List<?>) widths).get(1)).intValue());
  }

  @Test
  void an_organisation_fills_in_its_report_explains_a_finding_and_submits_it() throws Exception {
    int year = LocalDate.now().getYear();
    // a cluster whose report for last year was accepted, so the form shows last year's values
    ClusterId cluster =
        new ClusterId(
            reports.list(year - 1, SelfReportFixture.PROVINCE_SCOPE).stream()
                .filter(r -> r.state() == ReportState.ACCEPTED)
                .reduce((a, b) -> b)
                .orElseThrow()
                .clusterId());
    TestUsers.Credentials org =
        TestUsers.user(application, "it-sr-browser", Actor.Role.CLUSTER_ORG, cluster.toString());
    Map<String, String> form =
        SelfReportFixture.with(
            SelfReportFixture.form(
                reports.report(year, cluster, SelfReportFixture.organisationScope(cluster))),
            "rd_intensity",
            "25");
    Locale zh = Locale.SIMPLIFIED_CHINESE;

    for (int[] size : new int[][] {{1366, 768}, {390, 844}}) {
      BrowserContext context =
          browser.newContext(new Browser.NewContextOptions().setViewportSize(size[0], size[1]));
      Page page = context.newPage();
      Chromium.signIn(page, url(""), org);
      String suffix = "-" + size[0] + "x" + size[1] + ".png";
      page.navigate(url("/self-reports/" + year + "/clusters/" + cluster.value()));

      if (size[0] == 1366) {
        // the form, empty: fill in every field, one of them implausible, and save
        PlaywrightAssertions.assertThat(page.locator("#state"))
            .hasText(messages.getMessage("selfreport.state.not_started", null, zh));
        form.forEach((field, value) -> page.fill("#value-" + field, value));
        page.click("#save");
        page.waitForURL("**done=save");
        PlaywrightAssertions.assertThat(page.locator("#field-rd_intensity .finding").first())
            .containsText("25%");
        screenshot(page, "self-report-finding" + suffix);

        // submitting without an explanation is refused, the finding marked next to its field
        page.click("#submit");
        PlaywrightAssertions.assertThat(page.locator("#refusal")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#field-rd_intensity .finding.error").first())
            .isVisible();

        page.fill("#explain-rd_intensity", "集群以研发外包服务企业为主，研发投入占收入比重高");
        page.click("#submit");
        page.waitForURL("**done=submit");
        PlaywrightAssertions.assertThat(page.locator("#state"))
            .hasText(messages.getMessage("selfreport.state.submitted", null, zh));
        PlaywrightAssertions.assertThat(page.locator("#done")).isVisible();
        assertThat(page.locator("#save").count()).as("no more editing once submitted").isZero();
      } else {
        // on a phone, the submitted report reads without the page overflowing
        PlaywrightAssertions.assertThat(page.locator("#state"))
            .hasText(messages.getMessage("selfreport.state.submitted", null, zh));
      }
      screenshot(page, "self-report" + suffix);
      page.navigate(url("/self-reports/" + year));
      PlaywrightAssertions.assertThat(page.locator("tr[data-id='" + cluster.value() + "']"))
          .hasAttribute("data-state", "submitted");
      screenshot(page, "self-reports" + suffix);
      context.close();
    }
    SelfReportView stored = reports.report(year, cluster, SelfReportFixture.PROVINCE_SCOPE);
    assertThat(stored.state()).isEqualTo(ReportState.SUBMITTED);
    assertThat(stored.late()).isFalse();
    assertThat(stored.explanations()).containsKey("rd_intensity");
  }
}

package org.clusteratlas.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clusteratlas.AtlasIntegrationTest;
import org.clusteratlas.Chromium;
import org.clusteratlas.TestUsers;
import org.clusteratlas.cluster.Cluster;
import org.clusteratlas.cluster.ClusterRegister;
import org.clusteratlas.cluster.DesignationKind;
import org.clusteratlas.evaluation.ClusterResult;
import org.clusteratlas.evaluation.Evaluation;
import org.clusteratlas.evaluation.Evaluations;
import org.clusteratlas.evaluation.GradeCutoffs;
import org.clusteratlas.evaluation.WhatIf;
import org.clusteratlas.evaluation.WhatIfResult;
import org.clusteratlas.lifecycle.Caller;
import org.clusteratlas.lifecycle.CaseOpening;
import org.clusteratlas.lifecycle.DesignationLifecycle;
import org.clusteratlas.lifecycle.LifecycleCase;
import org.clusteratlas.lifecycle.StepRequest;
import org.clusteratlas.lifecycle.Transition;
import org.clusteratlas.region.RegionCode;
import org.clusteratlas.region.RegionDirectory;
import org.clusteratlas.shared.Actor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;

/**
 * The evaluation and lifecycle pages in the machine's headless Chromium ({@code /usr/bin/chromium}
 * driven by Playwright, as {@link PagesInBrowserTests}), at 1366×768 and 390×844, with screenshots
 * in {@code target/screenshots/}. The evaluation run and the lifecycle case they show are made in
 * the test's transaction, which a server thread cannot see, and lifecycle steps may never be
 * deleted: so the browser's requests for these pages are answered by MockMvc on the test's thread
 * (signed in as the tests' province administrator), while the style sheets and scripts come from
 * the running server. The browser lays out, submits the forms and measures as it would anyway, and
 * everything rolls back.
 */
@AtlasIntegrationTest
@Transactional
class EvaluationPagesInBrowserTests {

  private static final Path SCREENSHOTS = Paths.get("target", "screenshots");
  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  private static final int[][] SIZES = {{1366, 768}, {390, 844}};

  private static Chromium chromium;
  private static Browser browser;

  @LocalServerPort int port;
  @Autowired WebApplicationContext application;
  @Autowired Evaluations evaluations;
  @Autowired DesignationLifecycle lifecycle;
  @Autowired ClusterRegister register;
  @Autowired RegionDirectory regions;
  @Autowired MessageSource messages;
  @Autowired Clock clock;

  private MockMvc mvc;
  private TestUsers.Credentials admin;
  private BrowserContext context;
  private Page page;
  private Evaluation run;

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
    mvc = MockMvcBuilders.webAppContextSetup(application).apply(springSecurity()).build();
    admin = TestUsers.provinceAdmin(application);
    run = evaluations.run(2025, Actor.provinceAdministrator("浏览器测试"));
    context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 768));
    page = context.newPage();
    page.route(url -> servedHere(URI.create(url).getPath()), this::answerByMockMvc);
  }

  @AfterEach
  void closePage() {
    context.close();
  }

  /** The pages this class tests; everything else (styles, scripts) comes from the server. */
  private static boolean servedHere(String path) {
    return path.startsWith("/evaluations")
        || path.startsWith("/inbox")
        || path.matches("/clusters/\\d+/lifecycle.*");
  }

  private void answerByMockMvc(Route route) {
    URI uri = URI.create(route.request().url());
    try {
      MockHttpServletResponse response =
          mvc.perform(
                  get(uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()))
                      .with(admin.basic()))
              .andReturn()
              .getResponse();
      route.fulfill(
          new Route.FulfillOptions()
              .setStatus(response.getStatus())
              .setContentType(response.getContentType())
              .setBodyBytes(response.getContentAsByteArray()));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  private String text(String key, Object... args) {
    return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
  }

  /** A 南昌 cluster's application, passed the check and scored, in its public notice. */
  private long caseInNotice() {
    LocalDate today = LocalDate.now(clock.withZone(LifecycleCase.ZONE));
    DesignationKind kind = DesignationKind.PROVINCIAL_ADVANCED_MANUFACTURING;
    Cluster cluster =
        register.all().stream()
            .filter(c -> c.holds(DesignationKind.PROVINCIAL, today) && !c.holds(kind, today))
            .filter(
                c ->
                    c.hosts().stream()
                        .allMatch(
                            h ->
                                (h.region() != null
                                        ? h.region()
                                        : regions.zone(h.zone()).orElseThrow().parent())
                                    .isWithin(new RegionCode("360100"))))
            .findFirst()
            .orElseThrow();
    Caller province = Caller.of(Actor.provinceAdministrator("浏览器测试 省厅"));
    long id =
        lifecycle
            .open(
                new CaseOpening(
                    Transition.APPLY,
                    cluster.id(),
                    kind,
                    "申报省级先进制造业集群，附集群发展规划、近三年统计数据和促进机构情况说明",
                    List.of("洪工信字〔2026〕3号", "集群发展规划（2026—2030年）")),
                Caller.of(new Actor("浏览器测试 南昌市", Actor.Role.CITY_OFFICER, "360100")))
            .id();
    lifecycle.take(id, StepRequest.of(Transition.PASS_FORMAL_CHECK, null, List.of()), province);
    for (String[] s : new String[][] {{"专家甲", "82"}, {"专家乙", "88"}, {"专家丙", "79.5"}}) {
      lifecycle.take(
          id,
          new StepRequest(
              Transition.RECORD_EXPERT_SCORE,
              null,
              List.of(),
              s[0],
              new BigDecimal(s[1]),
              null,
              null,
              null,
              null,
              null,
              null,
              null),
          province);
    }
    lifecycle.take(
        id,
        new StepRequest(
            Transition.OPEN_PUBLIC_NOTICE,
            null,
            List.of("公示网址"),
            null,
            null,
            null,
            today.plusDays(1),
            today.plusDays(7),
            null,
            null,
            null,
            null),
        province);
    return cluster.id().value();
  }

  private void shoot(String name, int[] size) throws Exception {
    Files.createDirectories(SCREENSHOTS);
    Path png = SCREENSHOTS.resolve(name + "-" + size[0] + "x" + size[1] + ".png");
    Files.deleteIfExists(png);
    page.screenshot(new Page.ScreenshotOptions().setPath(png).setFullPage(true));
    byte[] bytes = Files.readAllBytes(png);
    assertThat(Arrays.copyOf(bytes, PNG_SIGNATURE.length)).as(name).isEqualTo(PNG_SIGNATURE);
    List<?> widths =
        (List<?>) page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]");
    assertThat(((Number) widths.get(0)).intValue())
        .as(name + " at " + size[0] + ": the page's width against the window's")
        .isLessThanOrEqualTo(((Number) widths.get(1)).intValue());
  }

  @Test
  void every_evaluation_and_lifecycle_page_fits_a_laptop_and_a_phone() throws Exception {
    long cluster = caseInNotice();
    long explained = run.results().get(0).clusterId();
    record Shot(String name, String path, String heading) {}
    List<Shot> shots =
        List.of(
            new Shot("evaluation", "/evaluations/2025", text("evaluation.title", "2025")),
            new Shot(
                "evaluation-cluster",
                "/evaluations/2025/clusters/" + explained,
                text("evaluation.cluster.title", run.results().get(0).name(), "2025")),
            new Shot(
                "evaluation-what-if",
                "/evaluations/2025/what-if",
                text("evaluation.what-if.title", "2025")),
            new Shot("evaluation-none", "/evaluations/2016", text("evaluation.title", "2016")),
            new Shot(
                "lifecycle",
                "/clusters/" + cluster + "/lifecycle",
                text(
                    "lifecycle.page.title",
                    register
                        .find(new org.clusteratlas.cluster.ClusterId(cluster))
                        .orElseThrow()
                        .name())),
            new Shot("inbox", "/inbox", text("inbox.title")));
    for (int[] size : SIZES) {
      page.setViewportSize(size[0], size[1]);
      for (Shot shot : shots) {
        page.navigate(url(shot.path()));
        PlaywrightAssertions.assertThat(page.locator("h1")).hasText(shot.heading());
        shoot(shot.name(), size);
      }
    }
    page.navigate(url("/evaluations/2025"));
    assertThat(page.locator("#results tbody tr").count()).isEqualTo(run.results().size());
    assertThat(page.locator("#nav-evaluations").getAttribute("aria-current")).isEqualTo("page");
  }

  @Test
  void the_what_if_form_submitted_in_the_browser_shows_whose_grade_changes_or_why_it_is_refused()
      throws Exception {
    List<BigDecimal> totals = run.results().stream().map(ClusterResult::total).sorted().toList();
    GradeCutoffs scheme = evaluations.scheme(run.schemeVersion()).grades();
    BigDecimal pass = totals.get(totals.size() / 2).add(new BigDecimal("0.01"));
    GradeCutoffs tried =
        pass.compareTo(scheme.good()) < 0 && pass.compareTo(scheme.pass()) > 0
            ? new GradeCutoffs(scheme.excellent(), scheme.good(), pass)
            : new GradeCutoffs(
                scheme.excellent(), scheme.good(), scheme.pass().add(BigDecimal.ONE));
    WhatIfResult expected = evaluations.whatIf(2025, new WhatIf(Map.of(), tried));

    for (int[] size : SIZES) {
      page.setViewportSize(size[0], size[1]);
      page.navigate(url("/evaluations/2025/what-if"));
      page.waitForFunction("() => window.htmx !== undefined");
      // survives only if htmx swaps the panel in place rather than the browser loading a page
      page.evaluate("() => { window.stayed = true; }");
      page.fill("#pass", tried.pass().toPlainString());
      page.click("#try");
      PlaywrightAssertions.assertThat(page.locator("#changed"))
          .hasText(
              text(
                  "evaluation.what-if.changed",
                  expected.gradesChanged(),
                  expected.clusters().size()));
      assertThat(page.locator("#what-if-rows tbody tr").count())
          .isEqualTo(expected.gradeChanges().size());
      assertThat(page.evaluate("() => window.stayed === true")).isEqualTo(true);
      assertThat(page.url()).contains("pass=" + tried.pass().toPlainString());
      shoot("evaluation-what-if-result", size);

      page.fill("#w_scale", "20");
      page.click("#try");
      PlaywrightAssertions.assertThat(page.locator("#problems")).containsText("105");
      PlaywrightAssertions.assertThat(page.locator("#weight-sum"))
          .hasText(text("evaluation.what-if.sum", "105"));
      assertThat(page.locator("#changed").count()).isZero();
      shoot("evaluation-what-if-refused", size);
    }
  }
}

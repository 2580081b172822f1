package org.clusteratlas.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.clusteratlas.AtlasIntegrationTest;
import org.clusteratlas.TestUsers;
import org.clusteratlas.cluster.ClusterHost;
import org.clusteratlas.cluster.ClusterRegister;
import org.clusteratlas.region.DevelopmentZone;
import org.clusteratlas.region.RegionDirectory;
import org.clusteratlas.shared.Actor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The evaluation pages and the scope of the evaluation API, through MockMvc on the test's thread:
 * each test runs 2025 itself (so it works whether or not the demo load ran evaluations) and reads
 * that run, the newest; everything rolls back.
 */
@AtlasIntegrationTest
@Transactional
class EvaluationPagesTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

  @Autowired WebApplicationContext context;
  @Autowired Evaluations evaluations;
  @Autowired ClusterRegister register;
  @Autowired RegionDirectory regions;
  @Autowired MessageSource messages;
  @Autowired JdbcClient jdbc;

  private MockMvc mvc;
  private TestUsers.Credentials admin;
  private TestUsers.Credentials viewer;
  private TestUsers.Credentials nanchang;
  private Evaluation run;

  @BeforeEach
  void setUp() {
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    admin = TestUsers.provinceAdmin(context);
    viewer = TestUsers.user(context, "it-pages-viewer", Actor.Role.VIEWER, null);
    nanchang = TestUsers.nanchangOfficer(context);
    run = evaluations.run(2025, Actor.provinceAdministrator("评价页面测试"));
  }

  private Document page(MockHttpServletRequestBuilder request) throws Exception {
    MvcResult result = mvc.perform(request).andExpect(status().isOk()).andReturn();
    return Jsoup.parse(result.getResponse().getContentAsString());
  }

  /** A download: its body is streamed after the handler returns, as an asynchronous dispatch. */
  private byte[] download(MockHttpServletRequestBuilder request) throws Exception {
    MvcResult started = mvc.perform(request).andExpect(request().asyncStarted()).andReturn();
    return mvc.perform(asyncDispatch(started))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsByteArray();
  }

  private String text(String key, Object... args) {
    return messages.getMessage(key, args, ZH);
  }

  /** The clusters every host of which lies in the city {@code city} (e.g. 3601 for 南昌). */
  private Set<Long> hostedWithin(String city) {
    return register.all().stream()
        .filter(c -> c.hosts().stream().allMatch(h -> region(h).startsWith(city)))
        .map(c -> c.id().value())
        .collect(Collectors.toSet());
  }

  private String region(ClusterHost host) {
    return host.region() != null
        ? host.region().value()
        : regions.zone(host.zone()).map(DevelopmentZone::parent).map(Object::toString).orElse("");
  }

  private Set<Long> evaluated() {
    return run.results().stream().map(ClusterResult::clusterId).collect(Collectors.toSet());
  }

  private static Set<Long> rowClusters(Document doc, String table) {
    return doc.select(table + " tbody tr").stream()
        .map(r -> Long.parseLong(r.attr("data-cluster")))
        .collect(Collectors.toSet());
  }

  @Test
  void the_table_has_a_row_per_result_and_the_grade_and_star_counts_add_up_to_the_cohort()
      throws Exception {
    Document doc = page(get("/evaluations/2025").with(admin.basic()));

    assertThat(doc.select("#results tbody tr")).hasSize(run.results().size());
    assertThat(rowClusters(doc, "#results")).isEqualTo(evaluated());
    int grades =
        doc.select("#grade-counts strong").stream().mapToInt(e -> Integer.parseInt(e.text())).sum();
    int stars =
        doc.select("#star-counts strong").stream().mapToInt(e -> Integer.parseInt(e.text())).sum();
    assertThat(grades).isEqualTo(run.results().size());
    assertThat(stars).isEqualTo(run.results().size());
    long excellent = run.results().stream().filter(r -> r.grade() == Grade.EXCELLENT).count();
    assertThat(doc.selectFirst("#grade-counts li[data-grade=excellent] strong").text())
        .isEqualTo(String.valueOf(excellent));
    assertThat(doc.selectFirst("#scheme-version").text()).isEqualTo(run.schemeVersion());
    assertThat(doc.selectFirst("#reconstructed").text())
        .isEqualTo(text("evaluation.reconstructed"));
    assertThat(doc.selectFirst("#ran").text()).contains("评价页面测试");
    ClusterResult first = run.results().get(0);
    Element row = doc.selectFirst("#results tbody tr");
    assertThat(row.attr("data-cluster")).isEqualTo(String.valueOf(first.clusterId()));
    assertThat(row.selectFirst("td.total").text())
        .isEqualTo(first.total().setScale(2).toPlainString());
    assertThat(row.selectFirst("a").attr("href"))
        .isEqualTo("/evaluations/2025/clusters/" + first.clusterId());
  }

  @Test
  void the_grade_and_city_filters_narrow_the_table_and_the_download_has_exactly_its_rows()
      throws Exception {
    Grade grade = run.results().get(run.results().size() / 2).grade();
    Set<Long> expected =
        run.results().stream()
            .filter(r -> r.grade() == grade)
            .map(ClusterResult::clusterId)
            .filter(hostedWithin("3601")::contains)
            .collect(Collectors.toSet());
    // a cluster lies in 南昌 when one of its hosts does; the city filter includes those hosted
    // partly elsewhere, so the expected set is at least the wholly hosted ones
    Document doc =
        page(get("/evaluations/2025?grade=" + grade.code() + "&city=360100").with(admin.basic()));
    Set<Long> shown = rowClusters(doc, "#results");
    assertThat(shown).containsAll(expected);
    assertThat(doc.select("#results tbody tr .grade").eachText())
        .containsOnly(text("evaluation.grade." + grade.code()));

    String csv =
        new String(
            download(get(doc.selectFirst("#download-csv").attr("href")).with(admin.basic())),
            java.nio.charset.StandardCharsets.UTF_8);
    List<String> lines = csv.lines().filter(l -> !l.isBlank()).toList();
    assertThat(lines.get(0)).contains(text("col.rank"), text("evaluation.col.total"));
    assertThat(lines).hasSize(shown.size() + 1);
  }

  @Test
  void the_xlsx_download_of_the_table_is_a_spreadsheet() throws Exception {
    byte[] xlsx = download(get("/evaluations/2025/download?format=xlsx").with(viewer.basic()));
    assertThat(new String(xlsx, 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1))
        .isEqualTo("PK");
  }

  @Test
  void the_nanchang_officer_sees_only_nanchang_clusters_in_the_table_and_the_api()
      throws Exception {
    Set<Long> expected = evaluated();
    expected.retainAll(hostedWithin("3601"));
    assertThat(expected).isNotEmpty().hasSizeLessThan(run.results().size());

    Document doc = page(get("/evaluations/2025").with(nanchang.basic()));
    assertThat(rowClusters(doc, "#results")).isEqualTo(expected);

    String body =
        mvc.perform(get("/api/v1/evaluations/2025").with(nanchang.basic()))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.scheme_version").value(run.schemeVersion()))
            .andReturn()
            .getResponse()
            .getContentAsString();
    JsonNode results = JSON.readTree(body).get("results");
    Set<Long> api =
        results.valueStream().map(r -> r.get("cluster_id").asLong()).collect(Collectors.toSet());
    assertThat(api).isEqualTo(expected);
    assertThat(results.get(0).propertyNames())
        .contains("cluster_id", "name", "total", "grade", "stars", "scheme_version");
  }

  @Test
  void a_cluster_organisation_sees_its_own_cluster_only() throws Exception {
    ClusterResult own = run.results().get(run.results().size() - 1);
    ClusterResult other = run.results().get(0);
    TestUsers.Credentials org =
        TestUsers.user(
            context,
            "it-ev-org-" + own.clusterId(),
            Actor.Role.CLUSTER_ORG,
            String.valueOf(own.clusterId()));

    Document doc = page(get("/evaluations/2025").with(org.basic()));
    assertThat(rowClusters(doc, "#results")).containsExactly(own.clusterId());
    assertThat(doc.select("#what-if-link")).isEmpty();
    mvc.perform(get("/api/v1/evaluations/2025").with(org.basic()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.results.length()").value(1))
        .andExpect(jsonPath("$.results[0].cluster_id").value(own.clusterId()));
    page(get("/evaluations/2025/clusters/" + own.clusterId()).with(org.basic()));
    mvc.perform(get("/evaluations/2025/clusters/" + other.clusterId()).with(org.basic()))
        .andExpect(status().isForbidden());
  }

  @Test
  void a_ganzhou_clusters_explanation_is_refused_to_the_nanchang_officer_and_recorded()
      throws Exception {
    long ganzhou =
        evaluated().stream().filter(hostedWithin("3607")::contains).findFirst().orElseThrow();
    String what = "evaluations/2025/clusters/" + ganzhou;
    long before = refusals(what);

    MvcResult page =
        mvc.perform(get("/evaluations/2025/clusters/" + ganzhou).with(nanchang.basic()))
            .andExpect(status().isForbidden())
            .andReturn();
    assertThat(
            Jsoup.parse(page.getResponse().getContentAsString())
                .selectFirst("#error-message")
                .text())
        .isEqualTo(text("error.refused.outside-scope"));
    mvc.perform(get("/api/v1/evaluations/2025/clusters/" + ganzhou).with(nanchang.basic()))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.rule").value("access.refused"));

    assertThat(refusals(what)).isEqualTo(before + 2);
  }

  private long refusals(String what) {
    return jdbc.sql("select count(*) from access_refusal where what = ?")
        .param(what)
        .query(Long.class)
        .single();
  }

  @Test
  void a_visitor_is_sent_to_sign_in_for_the_pages_and_answered_401_by_the_api() throws Exception {
    mvc.perform(get("/evaluations/2025"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/login"));
    mvc.perform(get("/evaluations/2025/clusters/" + run.results().get(0).clusterId()))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get("/api/v1/evaluations/2025/clusters/" + run.results().get(0).clusterId()))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void the_explanations_contributions_add_up_to_the_total_and_its_download_lists_every_leaf()
      throws Exception {
    ClusterResult result = run.results().get(run.results().size() / 3);
    ClusterExplanation e =
        evaluations.explain(2025, new org.clusteratlas.cluster.ClusterId(result.clusterId()));
    Document doc =
        page(get("/evaluations/2025/clusters/" + result.clusterId()).with(nanchangOrAdmin(result)));

    assertThat(doc.selectFirst("#total").text())
        .isEqualTo(result.total().setScale(2).toPlainString());
    assertThat(doc.selectFirst("#rank").text())
        .isEqualTo(text("evaluation.rank-of", result.rank(), run.results().size()));
    assertThat(doc.selectFirst("#grade").text())
        .isEqualTo(text("evaluation.grade." + result.grade().code()));
    assertThat(doc.select("#leaves tr.leaf")).hasSize(e.leaves().size());
    assertThat(doc.select("#bars li")).hasSize(8);
    BigDecimal sum =
        doc.select("#leaves tr.leaf td.contribution").stream()
            .map(td -> new BigDecimal(td.text()))
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    // each shown contribution is rounded to two decimals: 37 of them differ by at most 0.185
    assertThat(sum.subtract(result.total()).abs()).isLessThanOrEqualTo(new BigDecimal("0.19"));
    BigDecimal bars =
        doc.select("#bars .bar-value").stream()
            .map(s -> new BigDecimal(s.text().split(" ")[0]))
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(bars.subtract(result.total()).abs()).isLessThanOrEqualTo(new BigDecimal("0.05"));
    assertThat(doc.select("#leaves tr.leaf td.source").eachText())
        .anyMatch(s -> s.startsWith("统计："));

    String csv =
        new String(
            download(
                get("/evaluations/2025/clusters/" + result.clusterId() + "/download?format=csv")
                    .with(admin.basic())),
            java.nio.charset.StandardCharsets.UTF_8);
    List<String> lines = csv.lines().filter(l -> !l.isBlank()).toList();
    assertThat(lines.get(0))
        .contains(text("evaluation.col.code"), text("evaluation.col.contribution"));
    assertThat(lines).hasSize(e.leaves().size() + 1);
  }

  private org.springframework.test.web.servlet.request.RequestPostProcessor nanchangOrAdmin(
      ClusterResult result) {
    return hostedWithin("3601").contains(result.clusterId()) ? nanchang.basic() : admin.basic();
  }

  @Test
  void weights_that_do_not_add_up_to_100_are_refused_next_to_the_form() throws Exception {
    Document doc =
        page(
            get("/evaluations/2025/what-if?w_scale=20&excellent=85&good=75&pass=60")
                .with(admin.basic()));

    // evaluation.scheme-weights: the first-level weights of the scheme add up to 105, not 100
    assertThat(doc.selectFirst("#problems").text())
        .contains("105")
        .contains("100")
        .contains(run.schemeVersion());
    assertThat(doc.selectFirst("#weight-sum").text())
        .isEqualTo(text("evaluation.what-if.sum", "105"));
    assertThat(doc.selectFirst("#w_scale").val()).isEqualTo("20");
    assertThat(doc.select("#changed")).isEmpty();
  }

  @Test
  void a_changed_cut_off_changes_as_many_grades_as_the_service_says_and_saves_nothing()
      throws Exception {
    long runs = count("evaluation_run");
    long schemes = count("evaluation_scheme");
    long results = count("evaluation_result");
    GradeCutoffs cutoffs = cutoffsThroughTheMedian();
    WhatIfResult expected = evaluations.whatIf(2025, new WhatIf(Map.of(), cutoffs));
    assertThat(expected.gradesChanged()).isPositive();
    String query =
        "excellent="
            + cutoffs.excellent().toPlainString()
            + "&good="
            + cutoffs.good().toPlainString()
            + "&pass="
            + cutoffs.pass().toPlainString();

    Document doc = page(get("/evaluations/2025/what-if?" + query).with(viewer.basic()));

    assertThat(doc.selectFirst("#changed").text())
        .isEqualTo(
            text(
                "evaluation.what-if.changed",
                expected.gradesChanged(),
                expected.clusters().size()));
    assertThat(rowClusters(doc, "#what-if-rows"))
        .isEqualTo(
            expected.gradeChanges().stream()
                .map(WhatIfResult.Row::clusterId)
                .collect(Collectors.toSet()));
    assertThat(doc.select("#problems")).isEmpty();

    Document all =
        page(get("/evaluations/2025/what-if?" + query + "&all=true").with(viewer.basic()));
    assertThat(all.select("#what-if-rows tbody tr")).hasSize(run.results().size());

    assertThat(count("evaluation_run")).isEqualTo(runs);
    assertThat(count("evaluation_scheme")).isEqualTo(schemes);
    assertThat(count("evaluation_result")).isEqualTo(results);
  }

  /**
   * The scheme's cut-offs with the one the median total falls under moved up to just above it, so
   * that about half the clusters of that grade drop one grade: the demo's totals cluster in a
   * narrow band, and a fixed cut-off might move nobody.
   */
  private GradeCutoffs cutoffsThroughTheMedian() {
    GradeCutoffs c = evaluations.scheme(run.schemeVersion()).grades();
    List<BigDecimal> totals = run.results().stream().map(ClusterResult::total).sorted().toList();
    BigDecimal median = totals.get(totals.size() / 2).add(new BigDecimal("0.01"));
    if (median.compareTo(c.good()) < 0) {
      return new GradeCutoffs(c.excellent(), c.good(), median.max(c.pass()));
    }
    if (median.compareTo(c.excellent()) < 0) {
      return new GradeCutoffs(c.excellent(), median, c.pass());
    }
    return new GradeCutoffs(median.min(new BigDecimal("100")), c.good(), c.pass());
  }

  private long count(String table) {
    return jdbc.sql("select count(*) from " + table).query(Long.class).single();
  }

  @Test
  void the_what_if_form_is_prefilled_from_the_runs_scheme_and_refused_to_a_city_officer()
      throws Exception {
    Document doc = page(get("/evaluations/2025/what-if").with(admin.basic()));
    Scheme scheme = evaluations.scheme(run.schemeVersion());
    assertThat(doc.select("#what-if input[name^=w_]")).hasSize(scheme.indicators().size());
    assertThat(doc.selectFirst("#w_scale").val()).isEqualTo("15");
    assertThat(doc.selectFirst("#excellent").val())
        .isEqualTo(scheme.grades().excellent().stripTrailingZeros().toPlainString());
    assertThat(doc.selectFirst("#weight-sum").text())
        .isEqualTo(text("evaluation.what-if.sum", "100"));

    mvc.perform(get("/evaluations/2025/what-if").with(nanchang.basic()))
        .andExpect(status().isForbidden());
  }

  @Test
  void a_year_not_evaluated_says_so_and_offers_the_province_administrator_to_run_it()
      throws Exception {
    Document forAdmin = page(get("/evaluations/2016").with(admin.basic()));
    assertThat(forAdmin.selectFirst("#not-evaluated").text())
        .isEqualTo(text("evaluation.not-evaluated", "2016"));
    assertThat(forAdmin.select("#run-form button")).hasSize(1);

    Document forViewer = page(get("/evaluations/2016").with(viewer.basic()));
    assertThat(forViewer.select("#not-evaluated")).hasSize(1);
    assertThat(forViewer.select("#run-form")).isEmpty();
  }

  @Test
  void the_run_button_runs_the_year_and_shows_it() throws Exception {
    long runs = count("evaluation_run");
    // Basic needs no CSRF token; csrf() would also swap the token store of the filter chain the
    // real server shares, and give visitors of later tests a session
    mvc.perform(post("/evaluations/2024/runs").with(admin.basic()))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/evaluations/2024"));
    assertThat(count("evaluation_run")).isEqualTo(runs + 1);
    Document doc = page(get("/evaluations/2024").with(admin.basic()));
    assertThat(doc.select("#results tbody tr")).hasSize(evaluations.latest(2024).results().size());

    mvc.perform(post("/evaluations/2024/runs").with(viewer.basic()))
        .andExpect(status().isForbidden());
  }

  @Test
  void the_evaluations_link_goes_to_the_newest_year_evaluated() throws Exception {
    mvc.perform(get("/evaluations").with(viewer.basic()))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/evaluations/" + newestYear()));
  }

  private int newestYear() {
    return jdbc.sql("select max(year) from evaluation_run").query(Integer.class).single();
  }
}

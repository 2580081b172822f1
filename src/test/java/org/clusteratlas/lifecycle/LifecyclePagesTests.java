package org.clusteratlas.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.clusteratlas.AtlasIntegrationTest;
import org.clusteratlas.TestUsers;
import org.clusteratlas.cluster.Cluster;
import org.clusteratlas.cluster.ClusterHost;
import org.clusteratlas.cluster.ClusterRegister;
import org.clusteratlas.cluster.DesignationKind;
import org.clusteratlas.region.RegionCode;
import org.clusteratlas.region.RegionDirectory;
import org.clusteratlas.shared.Actor;
import org.clusteratlas.shared.Actor.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;

/**
 * The lifecycle timeline, the inbox and the profile's link to the timeline, through MockMvc on the
 * test's thread: a 南昌 cluster's case is walked through the real service to its public notice and
 * read back as the users of {@link TestUsers} see it; everything rolls back.
 */
@AtlasIntegrationTest
@Transactional
class LifecyclePagesTests {

  private static final DesignationKind KIND = DesignationKind.PROVINCIAL_ADVANCED_MANUFACTURING;
  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

  @Autowired WebApplicationContext context;
  @Autowired DesignationLifecycle lifecycle;
  @Autowired ClusterRegister register;
  @Autowired RegionDirectory regions;
  @Autowired MessageSource messages;
  @Autowired Clock clock;

  private MockMvc mvc;
  private TestUsers.Credentials admin;
  private TestUsers.Credentials nanchang;
  private TestUsers.Credentials ganzhou;
  private TestUsers.Credentials viewer;
  private Cluster cluster;
  private LocalDate today;
  private final Caller province = Caller.of(Actor.provinceAdministrator("页面测试 省厅"));
  private final Caller city = Caller.of(new Actor("页面测试 南昌市", Role.CITY_OFFICER, "360100"));

  @BeforeEach
  void setUp() {
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    admin = TestUsers.provinceAdmin(context);
    nanchang = TestUsers.nanchangOfficer(context);
    ganzhou = TestUsers.user(context, "it-ganzhou", Role.CITY_OFFICER, "360700");
    viewer = TestUsers.user(context, "it-lifecycle-viewer", Role.VIEWER, null);
    today = LocalDate.now(clock.withZone(LifecycleCase.ZONE));
    cluster =
        register.all().stream()
            .filter(c -> c.holds(DesignationKind.PROVINCIAL, today) && !c.holds(KIND, today))
            .filter(c -> c.hosts().stream().allMatch(this::inNanchang))
            .filter(c -> c.current(KIND).isEmpty())
            .findFirst()
            .orElseThrow();
  }

  private boolean inNanchang(ClusterHost host) {
    RegionCode region =
        host.region() != null ? host.region() : regions.zone(host.zone()).orElseThrow().parent();
    return region.isWithin(new RegionCode("360100"));
  }

  /** Applied, passed the check, scored by four experts (one conflicted), in notice: 7 steps. */
  private long caseInNotice() {
    long id =
        lifecycle
            .open(
                new CaseOpening(
                    Transition.APPLY, cluster.id(), KIND, "申报省级先进制造业集群", List.of("洪工信字〔2026〕3号")),
                city)
            .id();
    lifecycle.take(id, StepRequest.of(Transition.PASS_FORMAL_CHECK, null, List.of()), province);
    score(id, "专家甲", "82", null);
    score(id, "专家乙", "88", null);
    score(id, "专家丙", "79.5", null);
    score(id, "专家丁", "30", "曾任该集群龙头企业独立董事");
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
    return id;
  }

  private void score(long id, String expert, String score, String conflict) {
    lifecycle.take(
        id,
        new StepRequest(
            Transition.RECORD_EXPERT_SCORE,
            null,
            List.of(),
            expert,
            new BigDecimal(score),
            conflict,
            null,
            null,
            null,
            null,
            null,
            null),
        province);
  }

  private Document page(MockHttpServletRequestBuilder request) throws Exception {
    MvcResult result = mvc.perform(request).andExpect(status().isOk()).andReturn();
    return Jsoup.parse(result.getResponse().getContentAsString());
  }

  private String download(MockHttpServletRequestBuilder request) throws Exception {
    MvcResult started = mvc.perform(request).andExpect(request().asyncStarted()).andReturn();
    return mvc.perform(asyncDispatch(started))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  private String text(String key, Object... args) {
    return messages.getMessage(key, args, ZH);
  }

  private String timeline() {
    return "/clusters/" + cluster.id().value() + "/lifecycle";
  }

  @Test
  void the_timeline_shows_the_case_and_its_seven_steps_in_order_with_experts_anonymous_to_the_city()
      throws Exception {
    long id = caseInNotice();

    Document doc = page(get(timeline()).with(nanchang.basic()));

    assertThat(doc.select("#case-" + id)).hasSize(1);
    assertThat(doc.selectFirst("#case-heading-" + id).text())
        .contains(text("designation." + KIND.code()))
        .contains(text("lifecycle.state.in_notice"));
    assertThat(doc.select("#case-" + id + " li.step .step-name").eachText())
        .containsExactly(
            text("lifecycle.transition.apply"),
            text("lifecycle.transition.pass_formal_check"),
            text("lifecycle.transition.record_expert_score"),
            text("lifecycle.transition.record_expert_score"),
            text("lifecycle.transition.record_expert_score"),
            text("lifecycle.transition.record_expert_score"),
            text("lifecycle.transition.open_public_notice"));
    String page = doc.selectFirst("#case-" + id).text();
    assertThat(page)
        .contains("申报省级先进制造业集群")
        .contains("洪工信字〔2026〕3号")
        .contains(text("lifecycle.page.notice", today.plusDays(1), today.plusDays(7)))
        .contains(text("lifecycle.page.score-excluded", "专家 4", "30", "曾任该集群龙头企业独立董事"))
        .doesNotContain("专家甲");
    assertThat(doc.selectFirst("#case-" + id + " li.step[data-seq=1] time").text())
        .isEqualTo(today.toString());

    Document forAdmin = page(get(timeline()).with(admin.basic()));
    assertThat(forAdmin.selectFirst("#case-" + id).text())
        .contains(text("lifecycle.page.score", "专家甲", "82"));
  }

  @Test
  void the_timelines_download_has_a_header_and_a_row_per_step() throws Exception {
    caseInNotice();
    int steps =
        lifecycle
            .casesOf(cluster.id(), org.clusteratlas.shared.Scope.province("t"))
            .cases()
            .stream()
            .mapToInt(c -> c.steps().size())
            .sum();

    String csv = download(get(timeline() + "/download?format=csv").with(nanchang.basic()));

    List<String> lines = csv.lines().filter(l -> !l.isBlank()).toList();
    assertThat(lines.get(0)).contains(text("lifecycle.col.step"), text("lifecycle.col.actor"));
    assertThat(lines).hasSize(steps + 1);
  }

  @Test
  void another_citys_officer_is_refused_the_timeline_and_a_visitor_is_asked_to_sign_in()
      throws Exception {
    MvcResult refused =
        mvc.perform(get(timeline()).with(ganzhou.basic()))
            .andExpect(status().isForbidden())
            .andReturn();
    assertThat(
            Jsoup.parse(refused.getResponse().getContentAsString())
                .selectFirst("#error-message")
                .text())
        .isEqualTo(text("error.refused.outside-scope"));

    MvcResult visitor =
        mvc.perform(get(timeline())).andExpect(status().isUnauthorized()).andReturn();
    assertThat(Jsoup.parse(visitor.getResponse().getContentAsString()).select("#sign-in"))
        .hasSize(1);
  }

  @Test
  void a_cluster_without_cases_has_an_empty_timeline_that_says_so() throws Exception {
    Document doc = page(get(timeline()).with(viewer.basic()));
    if (doc.select("section.case").isEmpty()) {
      assertThat(doc.selectFirst("#no-cases").text()).isEqualTo(text("lifecycle.page.no-cases"));
    } else {
      assertThat(doc.select("#no-cases")).isEmpty();
    }
  }

  @Test
  void the_inbox_shows_the_checks_an_application_awaits_grouped_under_its_cluster()
      throws Exception {
    long id =
        lifecycle
            .open(
                new CaseOpening(
                    Transition.APPLY, cluster.id(), KIND, "申报", List.of("洪工信字〔2026〕4号")),
                city)
            .id();

    Document doc = page(get("/inbox").with(admin.basic()));

    var group = doc.selectFirst("section.inbox-cluster[data-cluster=" + cluster.id().value() + "]");
    assertThat(group).isNotNull();
    assertThat(group.selectFirst("h2 a").attr("href")).isEqualTo(timeline());
    assertThat(group.select("li[data-case=" + id + "] strong").eachText())
        .containsExactlyInAnyOrder(
            text("lifecycle.transition.pass_formal_check"),
            text("lifecycle.transition.reject_formal_check"));
    assertThat(group.selectFirst("li[data-case=" + id + "]").text())
        .contains(text("inbox.since", today));
    int items = doc.select("section.inbox-cluster li").size();
    String csv = download(get("/inbox/download?format=csv").with(admin.basic()));
    List<String> lines = csv.lines().filter(l -> !l.isBlank()).toList();
    assertThat(lines.get(0)).contains(text("lifecycle.col.due"));
    assertThat(lines).hasSize(items + 1);
  }

  @Test
  void a_viewer_has_an_empty_inbox_and_a_visitor_is_sent_to_sign_in() throws Exception {
    Document doc = page(get("/inbox").with(viewer.basic()));
    assertThat(doc.selectFirst("#inbox-empty").text()).isEqualTo(text("inbox.empty"));

    mvc.perform(get("/inbox"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/login"));
  }

  @Test
  void the_profile_links_to_the_timeline_only_for_signed_in_readers_in_scope() throws Exception {
    String profile = "/clusters/" + cluster.id().value() + "?year=2025";
    assertThat(page(get(profile).with(nanchang.basic())).select("#lifecycle-link")).hasSize(1);
    assertThat(page(get(profile).with(viewer.basic())).select("#lifecycle-link")).hasSize(1);
    assertThat(page(get(profile).with(ganzhou.basic())).select("#lifecycle-link")).isEmpty();
    assertThat(page(get(profile)).select("#lifecycle-link")).isEmpty();
  }

  @Test
  void the_navigation_offers_evaluations_and_the_inbox_to_signed_in_users_only() throws Exception {
    assertThat(page(get("/inbox").with(nanchang.basic())).select("#nav-evaluations, #nav-inbox"))
        .hasSize(2);
    assertThat(page(get("/clusters")).select("#nav-evaluations, #nav-inbox")).isEmpty();
  }
}

package org.clusteratlas.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import org.clusteratlas.AtlasIntegrationTest;
import org.clusteratlas.TestUsers;
import org.clusteratlas.cluster.Cluster;
import org.clusteratlas.cluster.ClusterHost;
import org.clusteratlas.cluster.ClusterRegister;
import org.clusteratlas.cluster.DesignationKind;
import org.clusteratlas.region.RegionCode;
import org.clusteratlas.region.RegionDirectory;
import org.clusteratlas.shared.Actor.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /api/v1/lifecycle} over MockMvc on the test's thread (so changes join the test's
 * transaction and roll back), signed in with HTTP Basic as the users of {@link TestUsers}: a 南昌
 * officer applies, the province administrator takes the case to recognition, and the answers,
 * refusals and scopes are those of the documentation.
 */
@AtlasIntegrationTest
@Transactional
class LifecycleApiTests {

  private static final String KIND = DesignationKind.PROVINCIAL_ADVANCED_MANUFACTURING.code();

  @Autowired WebApplicationContext context;
  @Autowired ClusterRegister register;
  @Autowired RegionDirectory regions;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;
  @Autowired JsonMapper json;

  private MockMvc mvc;
  private TestUsers.Credentials admin;
  private TestUsers.Credentials nanchang;
  private long clusterId;
  private LocalDate today;

  @BeforeEach
  void setUp() {
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    admin = TestUsers.provinceAdmin(context);
    nanchang = TestUsers.nanchangOfficer(context);
    today = LocalDate.now(clock.withZone(LifecycleCase.ZONE));
    Cluster cluster =
        register.all().stream()
            .filter(
                c ->
                    c.holds(DesignationKind.PROVINCIAL, today)
                        && !c.holds(DesignationKind.PROVINCIAL_ADVANCED_MANUFACTURING, today))
            .filter(c -> c.hosts().stream().allMatch(this::inNanchang))
            .findFirst()
            .orElseThrow();
    clusterId = cluster.id().value();
  }

  private boolean inNanchang(ClusterHost host) {
    RegionCode region =
        host.region() != null ? host.region() : regions.zone(host.zone()).orElseThrow().parent();
    return region.isWithin(new RegionCode("360100"));
  }

  private ResultActions send(
      MockHttpServletRequestBuilder request, String body, TestUsers.Credentials as)
      throws Exception {
    return mvc.perform(
        request.contentType(MediaType.APPLICATION_JSON).content(body).with(as.basic()));
  }

  private long apply() throws Exception {
    String answer =
        send(
                post("/api/v1/lifecycle/cases"),
                """
                {"cluster_id": %d, "kind": "%s", "reason": "申报", "documents": ["洪工信字〔2026〕3号"]}
                """
                    .formatted(clusterId, KIND),
                nanchang)
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return json.readTree(answer).get("id").asLong();
  }

  private ResultActions step(long id, String body, TestUsers.Credentials as) throws Exception {
    return send(post("/api/v1/lifecycle/cases/" + id + "/steps"), body, as);
  }

  @Test
  void a_city_officer_applies_and_gets_the_case_with_its_address_and_first_step() throws Exception {
    send(
            post("/api/v1/lifecycle/cases"),
            """
            {"cluster_id": %d, "kind": "%s", "documents": ["申报书.pdf"]}
            """
                .formatted(clusterId, KIND),
            nanchang)
        .andExpect(status().isCreated())
        .andExpect(
            header()
                .string(
                    "Location",
                    org.hamcrest.Matchers.matchesPattern("/api/v1/lifecycle/cases/\\d+")))
        .andExpect(jsonPath("$.state").value("applied"))
        .andExpect(jsonPath("$.state_name").value("已申报（待形式审查）"))
        .andExpect(jsonPath("$.cluster_id").value(clusterId))
        .andExpect(jsonPath("$.timeline[0].transition").value("apply"))
        .andExpect(jsonPath("$.timeline[0].actor_name").value(nanchang.name()))
        .andExpect(jsonPath("$.timeline[0].actor_role").value("city_officer"))
        .andExpect(jsonPath("$.timeline[0].documents[0]").value("申报书.pdf"));
  }

  @Test
  void the_province_takes_the_case_to_recognition_and_the_timeline_shows_every_step()
      throws Exception {
    long id = apply();
    step(id, "{\"transition\": \"pass_formal_check\"}", admin).andExpect(status().isCreated());
    for (String[] s :
        new String[][] {
          {"专家甲", "82", null},
          {"专家乙", "88", null},
          {"专家丙", "79.5", null},
          {"专家丁", "30", "其配偶在龙头企业任职"}
        }) {
      step(
              id,
              """
              {"transition": "record_expert_score", "expert": "%s", "score": %s,
               "conflict_of_interest": %s}
              """
                  .formatted(s[0], s[1], s[2] == null ? "null" : "\"" + s[2] + "\""),
              admin)
          .andExpect(status().isCreated());
    }
    step(
            id,
            """
            {"transition": "open_public_notice", "notice_starts_on": "%s", "notice_ends_on": "%s"}
            """
                .formatted(today.minusDays(9), today.minusDays(3)),
            admin)
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.state").value("in_notice"))
        .andExpect(jsonPath("$.review.counted").value(3))
        .andExpect(jsonPath("$.review.excluded").value(1))
        .andExpect(jsonPath("$.review.mean").value(83.17))
        .andExpect(jsonPath("$.review.scores[3].counted").value(false))
        .andExpect(
            jsonPath("$.review.scores[3].excluded_because")
                .value(org.hamcrest.Matchers.containsString("其配偶在龙头企业任职")));
    step(id, "{\"transition\": \"recognise\", \"documents\": [\"赣工信字〔2026〕99号\"]}", admin)
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.state").value("recognised"))
        .andExpect(jsonPath("$.recognised_on").value(today.toString()))
        .andExpect(jsonPath("$.re_review_due_on").value(today.plusYears(3).toString()));

    mvc.perform(get("/api/v1/lifecycle/cases/" + id).with(admin.basic()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.timeline.length()").value(8))
        .andExpect(jsonPath("$.timeline[6].notice_ends_on").value(today.minusDays(3).toString()))
        .andExpect(jsonPath("$.review.scores[0].expert").value("专家甲"));
    mvc.perform(get("/api/v1/lifecycle/cases/" + id).with(nanchang.basic()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.review.scores[0].expert").value("专家 1"))
        .andExpect(jsonPath("$.refusals").doesNotExist());
    mvc.perform(get("/api/v1/lifecycle/clusters/" + clusterId).with(admin.basic()))
        .andExpect(status().isOk())
        // the cluster's provincial case (the demo enrols every provincial cluster) comes first
        .andExpect(jsonPath("$.cases[*].id").value(org.hamcrest.Matchers.hasItem((int) id)))
        .andExpect(
            jsonPath("$.timeline[?(@.case_id == %d)].transition".formatted(id))
                .value(org.hamcrest.Matchers.hasSize(8)))
        .andExpect(
            jsonPath("$.timeline[?(@.case_id == %d)].transition".formatted(id))
                .value(org.hamcrest.Matchers.hasItem("recognise")));
    assertThat(register.holdersOn(DesignationKind.PROVINCIAL_ADVANCED_MANUFACTURING, today))
        .contains(new org.clusteratlas.cluster.ClusterId(clusterId));
  }

  @Test
  void a_step_outside_the_callers_role_is_a_403_problem_naming_the_rule_and_is_recorded()
      throws Exception {
    long id = apply();

    step(id, "{\"transition\": \"pass_formal_check\"}", nanchang)
        .andExpect(status().isForbidden())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.rule").value("lifecycle.role-forbidden"))
        .andExpect(jsonPath("$.rejected_value").value("pass_formal_check"))
        .andExpect(
            jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("province_admin")));

    assertThat(
            jdbc.sql("select actor_name from lifecycle_refusal where case_id = ?")
                .param(id)
                .query(String.class)
                .list())
        .containsExactly(nanchang.name());
    mvc.perform(get("/api/v1/lifecycle/cases/" + id).with(admin.basic()))
        .andExpect(jsonPath("$.state").value("applied"))
        .andExpect(jsonPath("$.refusals[0].rule").value("lifecycle.role-forbidden"))
        .andExpect(jsonPath("$.refusals[0].actor_name").value(nanchang.name()));
  }

  @Test
  void a_step_the_state_does_not_allow_is_a_400_problem_in_the_readers_language() throws Exception {
    long id = apply();

    mvc.perform(
            post("/api/v1/lifecycle/cases/" + id + "/steps?lang=en")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"transition\": \"recognise\", \"documents\": [\"x\"]}")
                .with(admin.basic()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.rule").value("lifecycle.transition-not-allowed"))
        .andExpect(
            jsonPath("$.detail")
                .value(
                    "Case %d is applied (已申报（待形式审查）), which does not allow the step recognise (认定): that step is taken only from in_notice"
                        .formatted(id)));
  }

  @Test
  void unknown_cases_and_steps_are_answered_404_and_400() throws Exception {
    mvc.perform(get("/api/v1/lifecycle/cases/999999999").with(admin.basic()))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.rule").value("lifecycle.case.unknown"));
    long id = apply();
    step(id, "{\"transition\": \"approve\"}", admin)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.rule").value("lifecycle.transition-name"));
    send(post("/api/v1/lifecycle/cases"), "{\"kind\": \"provincial\"}", nanchang)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.rule").value("lifecycle.cluster-missing"));
  }

  @Test
  void changes_need_a_signed_in_user_and_reading_a_case_needs_a_scope_that_covers_its_cluster()
      throws Exception {
    long id = apply();
    TestUsers.Credentials ganzhou =
        TestUsers.user(context, "it-lc-ganzhou", Role.CITY_OFFICER, "360700");
    TestUsers.Credentials viewer = TestUsers.user(context, "it-lc-viewer", Role.VIEWER, null);

    mvc.perform(
            post("/api/v1/lifecycle/cases/" + id + "/steps")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"transition\": \"pass_formal_check\"}"))
        .andExpect(status().isUnauthorized());
    mvc.perform(get("/api/v1/lifecycle/cases/" + id)).andExpect(status().isUnauthorized());
    mvc.perform(get("/api/v1/lifecycle/cases/" + id).with(ganzhou.basic()))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/v1/lifecycle/clusters/" + clusterId).with(ganzhou.basic()))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/v1/lifecycle/cases/" + id).with(viewer.basic()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.state").value("applied"));
    step(id, "{\"transition\": \"pass_formal_check\"}", viewer)
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.rule").value("lifecycle.role-forbidden"));
  }

  @Test
  void the_inbox_lists_the_steps_awaiting_each_role() throws Exception {
    long id = apply();

    JsonNode adminInbox = inbox(admin);
    assertThat(adminInbox.get("role").asString()).isEqualTo("province_admin");
    assertThat(items(adminInbox, id)).containsExactly("pass_formal_check", "reject_formal_check");
    assertThat(items(inbox(nanchang), id)).isEmpty();

    mvc.perform(get("/api/v1/lifecycle/inbox")).andExpect(status().isUnauthorized());
  }

  @Test
  void a_cluster_organisation_files_its_own_annual_report_over_the_api() throws Exception {
    // the demo enrols every provincial cluster in the lifecycle on its load
    long id =
        jdbc.sql(
                "select id from lifecycle_case where cluster_id = ? and kind = 'provincial'"
                    + " and state = 'recognised'")
            .param(clusterId)
            .query(Long.class)
            .optional()
            .orElseGet(this::enrol);
    TestUsers.Credentials organisation =
        TestUsers.user(context, "it-lc-org", Role.CLUSTER_ORG, String.valueOf(clusterId));
    int lastYear = today.getYear() - 1;

    assertThat(items(inbox(organisation), id)).containsExactly("file_annual_report");
    step(
            id,
            """
            {"transition": "file_annual_report", "year": %d, "documents": ["%d年度报告.pdf"]}
            """
                .formatted(lastYear, lastYear),
            organisation)
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.timeline[1].transition").value("file_annual_report"))
        .andExpect(jsonPath("$.timeline[1].year").value(lastYear))
        .andExpect(jsonPath("$.timeline[1].actor_role").value("cluster_org"));
  }

  private long enrol() {
    try {
      return json.readTree(
              send(
                      post("/api/v1/lifecycle/cases"),
                      "{\"transition\": \"enrol\", \"cluster_id\": %d, \"kind\": \"provincial\"}"
                          .formatted(clusterId),
                      admin)
                  .andExpect(status().isCreated())
                  .andExpect(jsonPath("$.state").value("recognised"))
                  .andReturn()
                  .getResponse()
                  .getContentAsString())
          .get("id")
          .asLong();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private JsonNode inbox(TestUsers.Credentials as) throws Exception {
    return json.readTree(
        mvc.perform(get("/api/v1/lifecycle/inbox").with(as.basic()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  private static java.util.List<String> items(JsonNode inbox, long caseId) {
    java.util.List<String> found = new java.util.ArrayList<>();
    for (JsonNode item : inbox.get("items")) {
      if (item.get("case_id").asLong() == caseId) {
        found.add(item.get("transition").asString());
      }
    }
    return found;
  }
}

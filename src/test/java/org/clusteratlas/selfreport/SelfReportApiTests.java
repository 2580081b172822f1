package org.clusteratlas.selfreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.clusteratlas.AtlasIntegrationTest;
import org.clusteratlas.TestUsers;
import org.clusteratlas.cluster.ClusterId;
import org.clusteratlas.shared.Actor;
import org.clusteratlas.shared.Scope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * The self-report endpoints through MockMvc on the test's thread (so what they store rolls back
 * with the test), signed in with HTTP Basic as users of the tests.
 */
@AtlasIntegrationTest
@Transactional
class SelfReportApiTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Autowired WebApplicationContext context;
  @Autowired SelfReports reports;

  private MockMvc mvc;
  private ClusterId cluster;
  private TestUsers.Credentials org;
  private TestUsers.Credentials admin;
  private TestUsers.Credentials viewer;

  @BeforeEach
  void mockMvc() {
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    cluster = SelfReportFixture.missing(reports, 2025).get(1);
    org =
        TestUsers.user(
            context, "it-sr-org-" + cluster.value(), Actor.Role.CLUSTER_ORG, cluster.toString());
    admin = TestUsers.provinceAdmin(context);
    viewer = TestUsers.user(context, "it-sr-viewer", Actor.Role.VIEWER, null);
  }

  private String path() {
    return "/api/v1/self-reports/2025/clusters/" + cluster.value();
  }

  private String body(Map<String, ?> values, Map<String, String> explanations) {
    return JSON.writeValueAsString(Map.of("values", values, "explanations", explanations));
  }

  private Map<String, String> form() {
    return SelfReportFixture.form(reports.report(2025, cluster, SelfReportFixture.PROVINCE_SCOPE));
  }

  @Test
  void the_public_gets_401_and_a_viewer_the_years_list_of_every_provincial_cluster()
      throws Exception {
    mvc.perform(get("/api/v1/self-reports/2025")).andExpect(status().isUnauthorized());

    mvc.perform(get("/api/v1/self-reports/2025").with(viewer.basic()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.year").value(2025))
        .andExpect(jsonPath("$.catalogue_version").value(SelfReportCatalogue.VERSION))
        .andExpect(jsonPath("$.reports.length()").value(118))
        .andExpect(jsonPath("$.reports[0].due_on").exists())
        .andExpect(jsonPath("$.reports[?(@.state == 'not_started')]").isNotEmpty());
    mvc.perform(get("/api/v1/self-reports/fields").param("lang", "en").with(viewer.basic()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.fields.length()").value(28))
        .andExpect(jsonPath("$.fields[1].code").value("project_investment"))
        .andExpect(jsonPath("$.fields[1].unit").value("100 million yuan"))
        .andExpect(jsonPath("$.fields[1].type").value("amount"));
  }

  @Test
  void a_cluster_organisation_sees_only_its_own_report_in_the_list() throws Exception {
    mvc.perform(get("/api/v1/self-reports/2025").with(org.basic()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.reports.length()").value(1))
        .andExpect(jsonPath("$.reports[0].cluster_id").value(cluster.value()));
  }

  @Test
  void a_hard_fault_is_a_problem_detail_naming_the_rule_and_the_value() throws Exception {
    mvc.perform(
            put(path())
                .with(org.basic())
                .param("lang", "en")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body(Map.of("new_projects_over_100m", "-1"), Map.of())))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.rule").value("self-report.negative"))
        .andExpect(jsonPath("$.rejected_value").value("-1"))
        .andExpect(
            jsonPath("$.detail")
                .value(
                    "Self-report field new_projects_over_100m: \"-1\" is negative: counts and"
                        + " amounts cannot be below 0"));
  }

  @Test
  void saving_answers_the_findings_and_submitting_them_unexplained_lists_them() throws Exception {
    Map<String, String> values = SelfReportFixture.with(form(), "rd_intensity", "24.5");

    mvc.perform(
            put(path())
                .with(org.basic())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body(values, Map.of())))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.state").value("draft"))
        .andExpect(jsonPath("$.findings[0].field").value("rd_intensity"))
        .andExpect(jsonPath("$.findings[0].tier").value("quasi_hard"))
        .andExpect(jsonPath("$.may_edit").value(true));
    mvc.perform(post(path() + "/submit").with(org.basic()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.rule").value("self-report.findings-unexplained"))
        .andExpect(jsonPath("$.findings[0].field").value("rd_intensity"))
        .andExpect(jsonPath("$.findings[0].rule").value("self-report.rd-intensity-high"));

    mvc.perform(
            post(path() + "/submit")
                .with(org.basic())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    JSON.writeValueAsString(
                        Map.of("explanations", Map.of("rd_intensity", "以研发服务企业为主，研发投入占比高")))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.state").value("submitted"))
        .andExpect(jsonPath("$.late").value(true))
        .andExpect(jsonPath("$.values.annual_report_on_time").value(0));
  }

  @Test
  void the_province_accepts_or_returns_and_no_one_else_does() throws Exception {
    mvc.perform(
            post(path() + "/submit")
                .with(org.basic())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body(form(), Map.of())))
        .andExpect(status().isOk());

    mvc.perform(post(path() + "/accept").with(org.basic()))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.rule").value("self-report.review-forbidden"));
    mvc.perform(post(path() + "/accept").with(viewer.basic())).andExpect(status().isForbidden());
    mvc.perform(
            post(path() + "/return")
                .with(admin.basic())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.rule").value("self-report.return-reason"));
    mvc.perform(
            post(path() + "/return")
                .with(admin.basic())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\": \"项目投资额请附统计部门证明\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.state").value("returned"))
        .andExpect(jsonPath("$.history[-1:].reason").value("项目投资额请附统计部门证明"));
    mvc.perform(post(path() + "/accept").with(admin.basic()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.rule").value("self-report.state"));
  }

  @Test
  void a_city_officer_outside_the_clusters_region_gets_403_and_the_refusal_is_logged()
      throws Exception {
    TestUsers.Credentials officer = TestUsers.nanchangOfficer(context);
    String elsewhere =
        reports.list(2025, SelfReportFixture.PROVINCE_SCOPE).stream()
            .map(ReportRow::clusterId)
            .filter(
                id ->
                    reports.list(2025, Scope.region("x", "360100")).stream()
                        .noneMatch(r -> r.clusterId() == id))
            .findFirst()
            .orElseThrow()
            .toString();

    mvc.perform(get("/api/v1/self-reports/2025/clusters/" + elsewhere).with(officer.basic()))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.rule").value("access.refused"));
    mvc.perform(get(path()).with(org.basic())).andExpect(status().isOk());
    mvc.perform(get("/api/v1/self-reports/2025/clusters/987654").with(admin.basic()))
        .andExpect(status().isNotFound());
  }

  @Test
  void the_list_page_offers_its_table_as_csv() throws Exception {
    MvcResult started =
        mvc.perform(
                get("/self-reports/2025")
                    .param("download", "table")
                    .param("format", "csv")
                    .param("lang", "en")
                    .with(viewer.basic()))
            .andExpect(status().isOk())
            .andReturn();
    String csv =
        mvc.perform(asyncDispatch(started))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

    String[] lines = csv.strip().split("\\r?\\n");
    assertThat(lines[0]).contains("Cluster id").contains("State").contains("Due");
    assertThat(lines).hasSize(1 + 118);
  }
}

package org.clusteratlas.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.clusteratlas.AtlasIntegrationTest;
import org.clusteratlas.TestUsers;
import org.clusteratlas.shared.Actor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The evaluation endpoints through MockMvc on the test's own thread, so the runs they store join
 * the test's transaction and roll back: signed in with HTTP Basic as users of the tests.
 */
@AtlasIntegrationTest
@Transactional
class EvaluationApiTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Autowired WebApplicationContext context;

  private MockMvc mvc;
  private TestUsers.Credentials admin;
  private TestUsers.Credentials viewer;

  @BeforeEach
  void mockMvc() {
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    admin = TestUsers.provinceAdmin(context);
    viewer = TestUsers.user(context, "it-eval-viewer", Actor.Role.VIEWER, null);
  }

  private JsonNode runAsAdmin() throws Exception {
    String body =
        mvc.perform(post("/api/v1/evaluations/2025/runs").with(admin.basic()))
            .andExpect(status().isCreated())
            .andExpect(header().string("Location", "/api/v1/evaluations/2025"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JSON.readTree(body);
  }

  @Test
  void the_province_administrator_runs_2025_and_a_viewer_reads_every_cluster_with_six_fields()
      throws Exception {
    JsonNode run = runAsAdmin();

    String body =
        mvc.perform(get("/api/v1/evaluations/2025").with(viewer.basic()))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.run_id").value(run.get("run_id").asLong()))
            .andExpect(jsonPath("$.scheme_version").value("2021.1"))
            .andExpect(jsonPath("$.results.length()").value(118))
            .andReturn()
            .getResponse()
            .getContentAsString();
    JsonNode first = JSON.readTree(body).get("results").get(0);
    assertThat(first.propertyNames())
        .contains("cluster_id", "name", "total", "grade", "stars", "scheme_version");
    assertThat(first.get("grade").asString()).isIn("excellent", "good", "pass", "fail");
    assertThat(first.get("total").isNumber()).isTrue();
    assertThat(first.get("stars").asInt()).isIn(0, 3, 4, 5);
  }

  @Test
  void each_clusters_explanation_is_one_request_away() throws Exception {
    JsonNode run = runAsAdmin();
    long id = run.get("results").get(0).get("cluster_id").asLong();

    mvc.perform(get("/api/v1/evaluations/2025/clusters/" + id).with(viewer.basic()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.cluster_id").value(id))
        .andExpect(jsonPath("$.total").value(run.get("results").get(0).get("total").decimalValue()))
        .andExpect(jsonPath("$.leaves.length()").value(37))
        .andExpect(jsonPath("$.indicators.length()").value(8))
        .andExpect(jsonPath("$.leaves[0].code").value("scale.size.revenue"))
        .andExpect(jsonPath("$.leaves[0].direction").value("higher"))
        .andExpect(jsonPath("$.leaves[0].basis").value("scored"))
        .andExpect(jsonPath("$.cutoffs.excellent").value(85));
  }

  @Test
  void a_visitor_who_has_not_signed_in_is_asked_to_sign_in() throws Exception {
    mvc.perform(get("/api/v1/evaluations/2025"))
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.rule").value("access.refused"));
  }

  @Test
  void a_city_officer_may_not_run_the_evaluation() throws Exception {
    mvc.perform(
            post("/api/v1/evaluations/2025/runs").with(TestUsers.nanchangOfficer(context).basic()))
        .andExpect(status().isForbidden());
  }

  @Test
  void a_year_not_evaluated_is_not_found_with_its_rule() throws Exception {
    mvc.perform(get("/api/v1/evaluations/2023").with(viewer.basic()))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.rule").value("evaluation.unknown"));
  }

  @Test
  void a_what_if_answers_whose_grade_changes_and_a_replay_that_nothing_differs() throws Exception {
    JsonNode run = runAsAdmin();

    mvc.perform(
            post("/api/v1/evaluations/2025/what-if")
                .with(admin.basic())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"cutoffs\": {\"excellent\": 64, \"good\": 63, \"pass\": 62}}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.run_id").value(run.get("run_id").asLong()))
        .andExpect(jsonPath("$.clusters.length()").value(118))
        .andExpect(jsonPath("$.grades_changed").isNumber());
    mvc.perform(
            post("/api/v1/evaluations/2025/what-if")
                .with(admin.basic())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"weights\": {\"scale\": 20}}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.rule").value("evaluation.scheme-weights"));
    mvc.perform(
            get("/api/v1/evaluations/runs/" + run.get("run_id").asLong() + "/replay")
                .with(viewer.basic()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.identical").value(true));
  }
}

package org.clusteratlas.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.clusteratlas.AtlasIntegrationTest;
import org.clusteratlas.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;

/**
 * The periods endpoints. Changes go through MockMvc on the test's own thread, so they join the
 * test's transaction and roll back, signed in with HTTP Basic as a province administrator of the
 * tests; reads also go over the wire to the running server, signed out.
 */
@AtlasIntegrationTest
@Transactional
class PeriodApiTests {

  @Autowired WebApplicationContext context;
  @Autowired TestAcceptanceBlockers testBlockers;
  @LocalServerPort int port;

  private MockMvc mvc;
  private TestUsers.Credentials admin;

  @BeforeEach
  void mockMvc() {
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    admin = TestUsers.provinceAdmin(context);
  }

  @AfterEach
  void clearBlockers() {
    testBlockers.clear();
  }

  private ResultActions send(
      org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
      String json)
      throws Exception {
    return mvc.perform(
        request.contentType(MediaType.APPLICATION_JSON).content(json).with(admin.basic()));
  }

  @Test
  void a_period_shows_its_default_window_in_beijing_time_and_no_locks_over_http() throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/periods/2031-03"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains("\"period\":\"2031-03\"")
        .contains("\"opens_at\":\"2031-04-01T00:00:00+08:00\"")
        .contains("\"closes_at\":\"2031-04-11T00:00:00+08:00\"")
        .contains("\"overridden\":false")
        .contains("\"locks\":[]")
        .contains("\"history\":[]");
  }

  @Test
  void an_acceptance_locks_the_region_and_shows_in_the_locks_and_history_as_the_signed_in_user()
      throws Exception {
    send(post("/api/v1/periods/2031-03/acceptances"), "{\"region_code\": \"360100\"}")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.locks[0].region_code").value("360100"))
        .andExpect(jsonPath("$.locks[0].region_name").value("南昌市"))
        .andExpect(jsonPath("$.locks[0].accepted_by").value(admin.name()))
        .andExpect(jsonPath("$.locks[0].accepted_by_role").value("province_admin"))
        .andExpect(jsonPath("$.history[0].action").value("accept"))
        .andExpect(jsonPath("$.history[0].actor_region").value("360000"));

    mvc.perform(get("/api/v1/periods/2031-03"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.locks.length()").value(1));
  }

  @Test
  void an_unlock_with_a_reason_lifts_the_lock_and_records_the_reason() throws Exception {
    send(post("/api/v1/periods/2031-03/acceptances"), "{\"region_code\": \"360100\"}")
        .andExpect(status().isCreated());

    send(
            post("/api/v1/periods/2031-03/unlocks"),
            "{\"region_code\": \"360100\", \"reason\": \"南昌市补报\"}")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.locks.length()").value(0))
        .andExpect(jsonPath("$.history[1].action").value("unlock"))
        .andExpect(jsonPath("$.history[1].reason").value("南昌市补报"));
  }

  @Test
  void an_unlock_without_a_reason_is_a_400_problem_detail_in_the_requested_language()
      throws Exception {
    send(post("/api/v1/periods/2031-03/acceptances"), "{\"region_code\": \"360100\"}");

    send(post("/api/v1/periods/2031-03/unlocks?lang=en"), "{\"region_code\": \"360100\"}")
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
        .andExpect(jsonPath("$.rule").value("period.reason-missing"))
        .andExpect(jsonPath("$.rejected_value").value("360100"))
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("reason")));
  }

  @Test
  void accepting_a_locked_region_is_a_400_problem_detail() throws Exception {
    send(post("/api/v1/periods/2031-03/acceptances"), "{\"region_code\": \"360000\"}");

    send(post("/api/v1/periods/2031-03/acceptances"), "{\"region_code\": \"360121\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.rule").value("period.already-locked"))
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("360000")));
  }

  @Test
  void open_blockers_refuse_the_acceptance_with_their_descriptions_in_the_requested_language()
      throws Exception {
    testBlockers.open(
        new org.clusteratlas.shared.ReportingPeriod(2031, 3), "360100", "revenue below February");

    send(post("/api/v1/periods/2031-03/acceptances?lang=en"), "{\"region_code\": \"360100\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.rule").value("period.blocked"))
        .andExpect(
            jsonPath("$.detail")
                .value(org.hamcrest.Matchers.containsString("en: revenue below February")));
  }

  @Test
  void a_window_set_over_the_api_is_shown_overridden_and_recorded() throws Exception {
    send(
            put("/api/v1/periods/2031-03/window"),
            "{\"opens_at\": \"2031-04-01T00:00:00+08:00\","
                + " \"closes_at\": \"2031-04-15T16:00:00Z\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.window.overridden").value(true))
        .andExpect(jsonPath("$.window.closes_at").value("2031-04-16T00:00:00+08:00"))
        .andExpect(jsonPath("$.history[0].action").value("window_set"))
        .andExpect(jsonPath("$.history[0].closes_at").value("2031-04-16T00:00:00+08:00"));
  }

  @Test
  void a_window_that_closes_before_it_opens_is_refused() throws Exception {
    send(
            put("/api/v1/periods/2031-03/window"),
            "{\"opens_at\": \"2031-04-10T00:00:00+08:00\","
                + " \"closes_at\": \"2031-04-01T00:00:00+08:00\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.rule").value("period.window-order"));
  }

  @Test
  void a_malformed_period_is_refused_naming_the_period_rule() throws Exception {
    mvc.perform(get("/api/v1/periods/2031-13"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.rule").value("period.month"));
    mvc.perform(get("/api/v1/periods/March"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.rule").value("period.format"));
  }
}

package org.clusteratlas.management;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.clusteratlas.AtlasIntegrationTest;
import org.clusteratlas.TestUsers;
import org.clusteratlas.evaluation.Evaluation;
import org.clusteratlas.evaluation.Evaluations;
import org.clusteratlas.shared.Scope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;

/**
 * {@code /api/v1/management/proposals} and the page {@code /management/{year}} over MockMvc on the
 * test's thread (so a run and its decisions join the test's transaction and roll back), signed in
 * with HTTP Basic as the users of {@link TestUsers}, after a 2025 run under a {@link StrictScheme}.
 */
@AtlasIntegrationTest
@Transactional
class ManagementWebTests {

  @Autowired WebApplicationContext context;
  @Autowired Evaluations evaluations;
  @Autowired DynamicManagement management;
  @Autowired JdbcClient jdbc;

  private MockMvc mvc;
  private TestUsers.Credentials admin;
  private TestUsers.Credentials nanchang;
  private List<Proposal> proposals;

  @BeforeEach
  void setUp() {
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    admin = TestUsers.provinceAdmin(context);
    nanchang = TestUsers.nanchangOfficer(context);
    StrictScheme.from(evaluations, 2024);
    Evaluation run = evaluations.run(2025, StrictScheme.ADMIN);
    proposals =
        management.proposals(2025, ProposalState.OPEN, null, Scope.province("t")).stream()
            .filter(p -> p.runId() == run.runId())
            .toList();
  }

  private Proposal first(ProposalKind kind) {
    return proposals.stream().filter(p -> p.kind() == kind).findFirst().orElseThrow();
  }

  private long decisions(long proposalId) {
    return jdbc.sql("select count(*) from management_decision where proposal_id = ?")
        .param(proposalId)
        .query(Long.class)
        .single();
  }

  /** A download: streamed after the request returns, so dispatched again to read its body. */
  private org.springframework.test.web.servlet.ResultActions streamed(String format)
      throws Exception {
    var started =
        mvc.perform(get("/management/2025/download").param("format", format).with(admin.basic()))
            .andExpect(
                org.springframework.test.web.servlet.result.MockMvcResultMatchers.request()
                    .asyncStarted())
            .andReturn();
    return mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(
                started))
        .andExpect(status().isOk());
  }

  private List<Proposal> seenBy(Scope scope) {
    return management.proposals(2025, ProposalState.OPEN, null, scope);
  }

  @Test
  void theListIsForSignedInReadersOnlyAndACityOfficerSeesItsRegionsClusters() throws Exception {
    mvc.perform(get("/api/v1/management/proposals")).andExpect(status().isUnauthorized());
    Proposal warn = first(ProposalKind.WARN);

    mvc.perform(
            get("/api/v1/management/proposals")
                .param("year", "2025")
                .param("kind", "warn")
                .param("state", "open")
                .with(admin.basic()))
        .andExpect(status().isOk())
        .andExpect(
            jsonPath("$.proposals.length()")
                .value((int) proposals.stream().filter(p -> p.kind() == ProposalKind.WARN).count()))
        .andExpect(jsonPath("$.proposals[0].kind").value("warn"))
        .andExpect(jsonPath("$.proposals[0].kind_name").value("黄牌警告"))
        .andExpect(jsonPath("$.proposals[0].lifecycle_step").value("warn"))
        .andExpect(jsonPath("$.proposals[0].state").value("open"));
    mvc.perform(
            get("/api/v1/management/proposals/" + warn.id())
                .with(admin.basic())
                .param("lang", "en"))
        .andExpect(status().isOk())
        .andExpect(
            jsonPath("$.grounds")
                .value(
                    org.hamcrest.Matchers.startsWith(
                        "Graded Fail in the 2025 evaluation (total ")));

    List<Proposal> nanchangs = seenBy(Scope.region(nanchang.name(), "360100"));
    assertThat(nanchangs.size()).isLessThan(proposals.size());
    Proposal elsewhere =
        proposals.stream()
            .filter(p -> nanchangs.stream().noneMatch(n -> n.id().equals(p.id())))
            .findFirst()
            .orElseThrow();
    mvc.perform(get("/api/v1/management/proposals/" + elsewhere.id()).with(nanchang.basic()))
        .andExpect(status().isForbidden());
  }

  @Test
  void aCityOfficerMayNotConfirmOverTheApiAndNothingIsStored() throws Exception {
    Proposal warn = first(ProposalKind.WARN);

    mvc.perform(
            post("/api/v1/management/proposals/" + warn.id() + "/confirm")
                .with(nanchang.basic())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\": \"越权确认\"}"))
        .andExpect(status().isForbidden());

    assertThat(decisions(warn.id())).isZero();
    assertThat(management.proposal(warn.id(), Scope.province("t")).state())
        .isEqualTo(ProposalState.OPEN);
  }

  @Test
  void theAdministratorConfirmsOverTheApiAndARejectionWithoutAReasonIsRefused() throws Exception {
    Proposal warn = first(ProposalKind.WARN);
    Proposal other =
        proposals.stream().filter(p -> !p.id().equals(warn.id())).findFirst().orElseThrow();

    mvc.perform(
            post("/api/v1/management/proposals/" + other.id() + "/reject")
                .with(admin.basic())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\": \"  \"}"))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("#" + other.id())));
    assertThat(decisions(other.id())).isZero();

    mvc.perform(
            post("/api/v1/management/proposals/" + warn.id() + "/confirm")
                .with(admin.basic())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\": \"经审议予以警告\", \"document\": \"赣工信字〔2026〕3号\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.state").value("confirmed"))
        .andExpect(jsonPath("$.decisions[0].decision").value("confirmed"))
        .andExpect(jsonPath("$.decisions[0].document").value("赣工信字〔2026〕3号"))
        .andExpect(jsonPath("$.decisions[0].lifecycle_case_id").isNumber());
    assertThat(decisions(warn.id())).isOne();
  }

  @Test
  void theAdministratorSeesConfirmAndRejectFormsWithACsrfToken() throws Exception {
    String page =
        mvc.perform(get("/management/2025").with(admin.basic()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(page)
        .contains("2025年度动态管理")
        .contains("id=\"kind-warn\"")
        .contains("class=\"stacked decide\"")
        .contains("name=\"_csrf\"")
        .contains("/management/2025/proposals/" + first(ProposalKind.WARN).id() + "/confirm")
        .doesNotContain("id=\"read-only\"");
  }

  @Test
  void aCityOfficerReadsThePageWithoutFormsAndCannotPostADecision() throws Exception {
    String page =
        mvc.perform(get("/management/2025").with(nanchang.basic()).param("lang", "en"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    Proposal warn = first(ProposalKind.WARN);

    assertThat(page)
        .contains("Dynamic management 2025")
        .contains("id=\"read-only\"")
        .doesNotContain("class=\"stacked decide\"");
    mvc.perform(
            post("/management/2025/proposals/" + warn.id() + "/confirm")
                .with(nanchang.basic())
                .param("reason", "越权确认"))
        .andExpect(status().isForbidden())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"decision-error\"")));
    assertThat(decisions(warn.id())).isZero();
  }

  @Test
  void theListDownloadsAsCsvAndXlsx() throws Exception {
    String csv =
        streamed("csv")
            .andExpect(content().contentTypeCompatibleWith("text/csv"))
            .andReturn()
            .getResponse()
            .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    byte[] xlsx = streamed("xlsx").andReturn().getResponse().getContentAsByteArray();

    assertThat(csv.lines().findFirst().orElseThrow()).contains("建议编号").contains("依据");
    assertThat(csv.lines().count()).isEqualTo(proposals.size() + 1L);
    assertThat(csv).contains(first(ProposalKind.WARN).clusterName());
    assertThat(xlsx).startsWith((byte) 'P', (byte) 'K');
  }
}

package org.clusteratlas.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.clusteratlas.AtlasIntegrationTest;
import org.clusteratlas.TestUsers;
import org.clusteratlas.cluster.ClusterRegister;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The eligibility API, pages and downloads through MockMvc, signed in as the tests' users. */
@AtlasIntegrationTest
class EligibilityApiTests {

  @Autowired WebApplicationContext context;
  @Autowired ClusterRegister register;

  private MockMvc mvc;
  private TestUsers.Credentials admin;
  private TestUsers.Credentials nanchang;

  @BeforeEach
  void mockMvc() {
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    admin = TestUsers.provinceAdmin(context);
    nanchang = TestUsers.nanchangOfficer(context);
  }

  private long idOf(String name) {
    return register.all().stream()
        .filter(c -> c.name().equals(name))
        .findFirst()
        .orElseThrow()
        .id()
        .value();
  }

  @Test
  void theBoardOfOneLadderListsItsCriteriaAndCandidatesWithReasonsInTheReadersLanguage()
      throws Exception {
    mvc.perform(
            get("/api/v1/eligibility/2025")
                .param("ladder", "national_advanced_manufacturing")
                .param("lang", "en")
                .with(admin.basic()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.year").value(2025))
        .andExpect(jsonPath("$.criteria_version").value("2022.1"))
        .andExpect(jsonPath("$.ladders.length()").value(1))
        .andExpect(jsonPath("$.ladders[0].ladder").value("national_advanced_manufacturing"))
        .andExpect(jsonPath("$.ladders[0].reconstructed").value(true))
        .andExpect(jsonPath("$.ladders[0].rules[0]").value("rung"))
        .andExpect(jsonPath("$.ladders[0].candidates.length()").value(14))
        .andExpect(jsonPath("$.ladders[0].candidates[0].verdicts[0].rule").value("rung"))
        .andExpect(jsonPath("$.ladders[0].candidates[0].verdicts[0].verdict").value("met"))
        .andExpect(
            jsonPath("$.ladders[0].candidates[0].verdicts[0].reason")
                .value("Held \"Provincial advanced manufacturing cluster\" at the end of 2025"));
  }

  @Test
  void oneClustersChecksSayWhyInChinese() throws Exception {
    long anyi = idOf("安义铝合金塑型材产业集群");
    mvc.perform(get("/api/v1/eligibility/2025/clusters/" + anyi).with(admin.basic()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.cluster_id").value(anyi))
        .andExpect(jsonPath("$.ladders.length()").value(3))
        .andExpect(jsonPath("$.ladders[0].ladder").value("national_sme_characteristic"))
        .andExpect(jsonPath("$.ladders[0].lacking[0]").value("area"))
        .andExpect(jsonPath("$.ladders[0].verdicts[1].reason").value("所有承载地都在安义县"))
        // the area its demo self-report of 2025 declares, which is over the 100 km² of MIIT 2022
        .andExpect(
            jsonPath("$.ladders[0].verdicts[2].reason")
                .value(org.hamcrest.Matchers.matchesPattern("申报面积 [0-9.]+ 平方公里，超过 100 平方公里")));
  }

  @Test
  void aVisitorIsAskedToSignInAndAnOfficerIsRefusedAnotherCitysCluster() throws Exception {
    mvc.perform(get("/api/v1/eligibility/2025")).andExpect(status().isUnauthorized());
    long ganzhou = idOf("赣县稀土金属新材料及应用产业集群");
    mvc.perform(get("/api/v1/eligibility/2025/clusters/" + ganzhou).with(nanchang.basic()))
        .andExpect(status().isForbidden());
    long anyi = idOf("安义铝合金塑型材产业集群");
    mvc.perform(get("/api/v1/eligibility/2025/clusters/" + anyi).with(nanchang.basic()))
        .andExpect(status().isOk());
  }

  @Test
  void anUnknownClusterAYearWithoutDataAndAnUnknownLadderAreProblems() throws Exception {
    mvc.perform(get("/api/v1/eligibility/2025/clusters/99999").with(admin.basic()))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.rule").value("cluster.unknown"));
    mvc.perform(get("/api/v1/eligibility/2019").with(admin.basic()))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.rule").value("eligibility-year.unknown"));
    mvc.perform(get("/api/v1/eligibility/2025").param("ladder", "municipal").with(admin.basic()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.rule").value("eligibility.ladder"));
  }

  @Test
  void theBoardPageShowsEachLadderWithMarksAndReasons() throws Exception {
    String page =
        mvc.perform(get("/eligibility/2025").with(admin.basic()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(page)
        .contains("2025 年集群申报资格")
        .contains("id=\"ladder-national_sme_characteristic\"")
        .contains("id=\"ladder-national_advanced_manufacturing\"")
        .contains("本梯队的条件是本项目的重建")
        .contains("面积未在年度报告中申报")
        .contains("href=\"/eligibility\"")
        .contains("/eligibility/2025/download?ladder=national_sme_characteristic");
  }

  @Test
  void theClusterPageAndTheRefusalsArePagesInTheReadersLanguage() throws Exception {
    long anyi = idOf("安义铝合金塑型材产业集群");
    String page =
        mvc.perform(
                get("/eligibility/2025/clusters/" + anyi).param("lang", "en").with(admin.basic()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(page)
        .contains("安义铝合金塑型材产业集群: eligibility in 2025")
        .contains("Every host lies in 安义县");
    long ganzhou = idOf("赣县稀土金属新材料及应用产业集群");
    mvc.perform(get("/eligibility/2025/clusters/" + ganzhou).with(nanchang.basic()))
        .andExpect(status().isForbidden());
    mvc.perform(get("/eligibility/2019").with(admin.basic())).andExpect(status().isNotFound());
    mvc.perform(get("/eligibility/2025")).andExpect(status().is3xxRedirection());
  }

  @Test
  void eachLaddersTableDownloadsAsCsvWithTheColumnsOfThePage() throws Exception {
    MvcResult started =
        mvc.perform(
                get("/eligibility/2025/download")
                    .param("ladder", "national_advanced_manufacturing")
                    .param("format", "csv")
                    .with(admin.basic()))
            .andExpect(request().asyncStarted())
            .andReturn();
    String csv =
        mvc.perform(asyncDispatch(started))
            .andExpect(status().isOk())
            .andExpect(
                header()
                    .string(
                        "Content-Disposition",
                        org.hamcrest.Matchers.containsString(
                            "eligibility-2025-national_advanced_manufacturing.csv")))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    String[] lines = csv.strip().split("\r?\n");
    assertThat(lines[0]).contains("集群编号", "集群名称", "可申报", "尚缺条件", "持有下一级称号", "综合评价等次");
    assertThat(lines).hasSize(15);
    mvc.perform(
            get("/eligibility/2025/download")
                .param("ladder", "national_advanced_manufacturing")
                .param("format", "xlsx")
                .with(admin.basic()))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
  }
}

package org.clusteratlas.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.regex.Pattern;
import org.clusteratlas.AtlasIntegrationTest;
import org.clusteratlas.shared.Scope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.View;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * The pages as a signed-in reader will see them once sign-in arrives (every request is the public
 * until then): the page controller called with the province's scope, its view rendered by the
 * application's Thymeleaf. Shows that the parts only a scope reveals — the member enterprises, the
 * members' summary, a region's own figures, the current edition — render.
 */
@AtlasIntegrationTest
class ExplorePagesInScopeTests {

  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
  private static final Scope PROVINCE = Scope.province("test-province");

  @Autowired ExplorePages pages;
  @Autowired Explorer explorer;
  @Autowired ThymeleafViewResolver views;
  @Autowired WebApplicationContext context;

  private ExtendedModelMap model;
  private MockHttpServletRequest request;

  private void request(String path) {
    request = new MockHttpServletRequest(context.getServletContext(), "GET", path);
    request.setAttribute(DispatcherServlet.WEB_APPLICATION_CONTEXT_ATTRIBUTE, context);
    request.addPreferredLocale(ZH);
    model = new ExtendedModelMap();
    pages.layout(model, ZH, request);
  }

  private String render(String viewName) throws Exception {
    View view = views.resolveViewName(viewName, ZH);
    assertThat(view).as(viewName).isNotNull();
    MockHttpServletResponse response = new MockHttpServletResponse();
    view.render(model, request, response);
    return response.getContentAsString();
  }

  private long largest() {
    return explorer
        .clusters(
            new ClusterFilter(null, null, null, "provincial", null, 2025, null, null, 1, 1),
            PROVINCE,
            ZH)
        .items()
        .get(0)
        .id();
  }

  @Test
  void the_province_sees_every_member_enterprise_of_a_cluster_with_its_figures() throws Exception {
    long id = largest();
    MemberTable table = explorer.members(id, 2025, PROVINCE);
    request("/clusters/" + id + "/members");

    String body = render(pages.members(id, 2025, PROVINCE, ZH, model));

    assertThat(table.members()).isNotEmpty();
    assertThat(Pattern.compile("<td class=\"code\">").matcher(body).results().count())
        .isEqualTo(table.members().size());
    assertThat(body)
        .contains(table.members().get(0).creditCode())
        .contains(table.members().get(0).name())
        .contains("统一社会信用代码")
        .doesNotContain("只列出您的授权范围内的成员企业")
        .contains("/api/v1/downloads/clusters/" + id + "/members?year=2025&amp;lang=zh");
  }

  @Test
  void the_province_sees_a_profile_with_the_members_summary_and_the_current_edition()
      throws Exception {
    long id = largest();
    ClusterProfile profile = explorer.profile(id, 2025, PROVINCE, ZH);
    request("/clusters/" + id);

    String body = render(pages.profile(id, 2025, PROVINCE, ZH, model));

    assertThat(profile.members()).isNotNull();
    assertThat(body)
        .contains("营业收入前十的成员企业")
        .contains("href=\"/clusters/" + id + "/members?year=2025\"")
        .contains(profile.members().top().get(0).name())
        .contains("按修订后数据：本页数字包含通报发布后的全部修订")
        .contains("data-chart=\"line\"")
        .doesNotContain("成员企业的记录属于保密的统计资料");
    assertThat(profile.monthly()).isNotEmpty();
    assertThat(body).contains("id=\"chart-monthly\"").contains("2025年各月累计");
  }

  @Test
  void the_province_sees_a_citys_industrial_revenue_and_each_clusters_share() throws Exception {
    RegionProfile region = explorer.region("360100", 2025, PROVINCE, ZH);
    request("/regions/360100");

    String body = render(pages.region("360100", 2025, PROVINCE, ZH, model));

    assertThat(region.industryRevenueYi()).isNotNull();
    assertThat(region.weights()).isNotEmpty();
    assertThat(body)
        .contains("本地区规上工业营业收入：" + new PageFormat(ZH).yi(region.industryRevenueYi()) + "亿元")
        .contains("id=\"chart-weights\"")
        .contains(region.weights().get(0).clusterName())
        .doesNotContain("尚未公开，只对本地区工信部门和省工信厅显示");
  }

  @Test
  void the_province_sees_the_dashboard_of_a_year_as_revised() throws Exception {
    request("/");

    String body = render(pages.dashboard(2025, PROVINCE, ZH, model));

    assertThat(body)
        .contains("按修订后数据：本页数字包含通报发布后的全部修订")
        .contains("id=\"card-provincial_cluster_count\"");
  }
}

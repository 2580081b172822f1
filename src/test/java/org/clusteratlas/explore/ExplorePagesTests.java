package org.clusteratlas.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.clusteratlas.AtlasIntegrationTest;
import org.clusteratlas.shared.Scope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The reader's pages over HTTP, as the public sees them: each page in Chinese by default and in
 * English on request, the dashboard's headline figures as published, the directory's filters, a
 * profile, the refusals as error pages in the page's language, the records behind a figure and the
 * downloads. The figures are those the demo province reproduces: the 2025 figures the province
 * published on 2026-03-18 ({@code ../shared/domain/published-2025.json}).
 */
@AtlasIntegrationTest
class ExplorePagesTests {

  private static final Pattern ROW = Pattern.compile("<tr data-id=\"(\\d+)\"");
  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

  @LocalServerPort int port;
  @Autowired Explorer explorer;

  private final HttpClient http = HttpClient.newHttpClient();
  private ClusterRow largest;
  private ClusterRow national;

  @BeforeEach
  void findClusters() {
    largest =
        explorer
            .clusters(
                new ClusterFilter(null, null, null, "provincial", null, 2025, null, null, 1, 1),
                Scope.anonymous(),
                ZH)
            .items()
            .get(0);
    national =
        explorer
            .clusters(
                new ClusterFilter(
                    "稀土",
                    null,
                    null,
                    "national_advanced_manufacturing",
                    null,
                    2025,
                    null,
                    null,
                    1,
                    1),
                Scope.anonymous(),
                ZH)
            .items()
            .get(0);
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private HttpResponse<byte[]> bytes(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private String page(String path) throws Exception {
    HttpResponse<String> response = get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .as(path)
        .startsWith("text/html");
    return response.body();
  }

  private List<String> pages() {
    return List.of(
        "/",
        "/clusters",
        "/clusters/" + largest.id(),
        "/regions/360100",
        "/compare?ids=" + largest.id() + "," + national.id(),
        "/compare",
        "/bulletin/2025",
        "/bulletin/2025/figures/clusters_revenue_over_100bn");
  }

  @Test
  void every_page_answers_in_chinese_by_default_with_the_shared_navigation() throws Exception {
    for (String path : pages()) {
      String body = page(path);
      assertThat(body)
          .as(path)
          .contains("<html lang=\"zh\">")
          .contains(">看板</a>")
          .contains(">名录</a>")
          .contains(">对比</a>")
          .contains(">公报</a>")
          .contains(">导入</a>")
          .contains("按发布时数据：2026-03-18发布")
          .doesNotContain("??")
          .doesNotContain(">Dashboard<");
    }
  }

  @Test
  void every_page_answers_in_english_with_lang_en() throws Exception {
    for (String path : pages()) {
      String body = page(path + (path.contains("?") ? "&" : "?") + "lang=en");
      assertThat(body)
          .as(path)
          .contains("<html lang=\"en\">")
          .contains(">Dashboard</a>")
          .contains(">Directory</a>")
          .contains("As published on 2026-03-18")
          .doesNotContain("??")
          .doesNotContain(">看板</a>");
    }
  }

  @Test
  void the_comparison_shows_the_clusters_side_by_side_each_with_a_link_to_remove_it()
      throws Exception {
    String body = page("/compare?ids=" + largest.id() + "," + national.id() + "&year=2025");

    assertThat(body)
        .contains(">" + largest.name() + "</a>")
        .contains(">" + national.name() + "</a>")
        .contains("href=\"/compare?ids=" + national.id() + "&amp;year=2025&amp;lang=zh\"")
        .contains(
            "href=\"/api/v1/downloads/compare?ids="
                + largest.id()
                + ","
                + national.id()
                + "&amp;year=2025&amp;lang=zh&amp;format=csv\"")
        .contains("data-chart=\"bar\"");
    String eleven =
        String.join(
            ",",
            explorer
                .allClusters(ClusterFilter.firstPage().withYear(2025), Scope.anonymous(), ZH)
                .stream()
                .limit(11)
                .map(r -> String.valueOf(r.id()))
                .toList());
    HttpResponse<String> tooMany = get("/compare?ids=" + eleven);
    assertThat(tooMany.statusCode()).isEqualTo(400);
    assertThat(tooMany.body()).contains("对比需选 1 至 10 个集群，收到 11 个");
  }

  @Test
  void the_bulletin_without_a_year_is_the_dashboards_year() throws Exception {
    HttpResponse<String> response = get("/bulletin");

    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/bulletin/2025");
  }

  @Test
  void the_dashboard_of_2025_shows_the_published_headline_figures_each_linking_to_its_records()
      throws Exception {
    String body = page("/?year=2025");

    // the figures the province published on 2026-03-18 (../shared/domain/published-2025.json),
    // which the demo province reproduces
    Map<String, String> published = new LinkedHashMap<>();
    published.put("provincial_cluster_count", "118");
    published.put("cluster_revenue", "3.9");
    published.put("cluster_revenue_growth_pct", "9.8");
    published.put("cluster_share_of_provincial_above_scale_revenue_pct", "84.4");
    published.put("cluster_profit", "1793");
    published.put("cluster_profit_growth_pct", "11.6");
    published.put("clusters_revenue_over_100bn", "6");
    published.put("clusters_revenue_over_50bn", "18");
    published.put("clusters_revenue_over_10bn", "110");
    published.put("provincial_advanced_manufacturing_clusters", "14");
    published.put("national_sme_characteristic_clusters", "16");
    published.put("national_advanced_manufacturing_clusters", "3");
    Map<String, String> shown = new LinkedHashMap<>();
    Matcher card =
        Pattern.compile(
                "<a class=\"card\" id=\"card-([a-z0-9_]+)\" href=\"([^\"]+)\"\\s+title=\"([^\"]+)\">"
                    + "\\s*<span class=\"value\"><span class=\"figure\">([^<]+)</span>")
            .matcher(body);
    while (card.find()) {
      shown.put(card.group(1), card.group(4));
      assertThat(card.group(2)).isEqualTo("/bulletin/2025/figures/" + card.group(1));
      assertThat(card.group(3)).startsWith("精确值：");
    }
    assertThat(shown).containsExactlyEntriesOf(published);
    assertThat(body)
        .containsPattern("(?s)id=\"tiers-table\".*?>1000亿元以上</td>\\s*<td class=\"num\">6</td>")
        .containsPattern(
            "(?s)id=\"designations-table\".*?>国家先进制造业集群</a></td>\\s*<td class=\"num\">3</td>");
  }

  @Test
  void the_dashboard_shows_the_bulletin_in_brief_with_the_demo_banner_in_chinese_and_english()
      throws Exception {
    assertThat(page("/?year=2025"))
        .contains("<title>2025年产业集群发展看板</title>")
        .contains("演示数据：本页数字由演示省份数据生成")
        .contains("118个省级产业集群实现营业收入3.9万亿元")
        .contains("按发布时数据：本页数字与通报发布时一致")
        .contains("data-chart=\"map\"")
        .contains("data-chart=\"pyramid\"")
        .contains("data-chart=\"scatter\"")
        .doesNotContain("2,025");
    assertThat(page("/?year=2025&lang=en"))
        .contains("<title>Industrial clusters dashboard, 2025</title>")
        .contains("Demo data: the figures on this page come from the demo province")
        .contains(
            "118 provincial industrial clusters earned operating revenue of 3.9 trillion yuan")
        .doesNotContain("2,025");
  }

  @Test
  void a_year_not_yet_published_shows_the_public_a_note_and_no_headline() throws Exception {
    String body = page("/?year=2026");

    assertThat(body).contains("2026年通报尚未发布").doesNotContain("class=\"card\"");
  }

  @Test
  void the_chart_data_is_json_in_the_page_with_labels_from_the_bundles() throws Exception {
    String body = page("/?year=2025&lang=en");

    assertThat(body)
        .contains("<script type=\"application/json\" id=\"chart-map\">{\"title\":\"Provincial")
        .contains("\"seriesName\":\"Provincial cluster revenue\"")
        .contains("\"code\":\"360100\"")
        .contains("\"href\":\"/regions/360100?year=2025&lang=en\"")
        .contains("\"pngLabel\":\"Save as image\"")
        .doesNotContain("</script><");
  }

  @Test
  void the_directory_filtered_to_provincial_clusters_over_100bn_in_2025_lists_exactly_six()
      throws Exception {
    String body = page("/clusters?designation=provincial&tier=over_100bn&year=2025");

    assertThat(ROW.matcher(body).results().count()).isEqualTo(6);
    assertThat(body).contains("共6个集群，第1/1页").contains(largest.name());
  }

  @Test
  void the_directory_filtered_by_a_city_lists_only_clusters_with_a_host_there() throws Exception {
    String body = page("/clusters?city=360700&year=2025&size=200");

    List<String> rows =
        Pattern.compile("<tr data-id=\"\\d+\" data-cities=\"([^\"]*)\"")
            .matcher(body)
            .results()
            .map(m -> m.group(1))
            .toList();
    assertThat(rows).isNotEmpty().allSatisfy(cities -> assertThat(cities).contains("360700"));
  }

  @Test
  void the_directory_sorts_by_a_column_header_and_refuses_an_unknown_column_with_a_page()
      throws Exception {
    String body = page("/clusters?year=2025&sort=name&dir=asc");
    assertThat(body)
        .contains("aria-sort=\"ascending\"")
        .contains("href=\"/clusters?year=2025&amp;sort=name&amp;dir=desc&amp;lang=zh\"")
        .contains("href=\"/clusters?year=2025&amp;sort=revenue&amp;dir=desc&amp;lang=zh\"");

    HttpResponse<String> refused = get("/clusters?sort=colour");
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(refused.body()).contains("无法按“colour”排序");
  }

  @Test
  void a_profile_shows_its_designations_with_their_dates() throws Exception {
    ClusterProfile profile = explorer.profile(national.id(), 2025, Scope.anonymous(), ZH);
    String body = page("/clusters/" + national.id() + "?year=2025");

    assertThat(body).contains("<h1>" + national.name() + "</h1>").contains("国家先进制造业集群");
    assertThat(profile.designations()).isNotEmpty();
    for (ClusterProfile.DesignationEntry d : profile.designations()) {
      assertThat(body).contains("<td>" + d.grantedOn() + "</td>");
    }
    assertThat(body).contains("成员企业的记录属于保密的统计资料").contains("平台尚未记录该集群的公共服务平台");
  }

  @Test
  void the_members_of_a_cluster_asked_for_by_the_public_are_an_error_page_offering_sign_in()
      throws Exception {
    for (String lang : List.of("zh", "en")) {
      HttpResponse<String> response = get("/clusters/" + largest.id() + "/members?lang=" + lang);

      // a visitor who has not signed in: 401 and the way to sign in (403 once signed in)
      assertThat(response.statusCode()).isEqualTo(401);
      assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
      assertThat(response.body())
          .contains("<html lang=\"" + lang + "\">")
          .contains("href=\"/login\"")
          .doesNotContain("\"status\":");
    }
    assertThat(get("/clusters/" + largest.id() + "/members").body())
        .contains("请先登录")
        .contains("这些记录属于保密的统计资料");
    assertThat(get("/clusters/" + largest.id() + "/members?lang=en").body())
        .contains("Please sign in");
  }

  @Test
  void an_unknown_cluster_is_a_404_page_in_the_readers_language() throws Exception {
    HttpResponse<String> zh = get("/clusters/999999");
    HttpResponse<String> en = get("/clusters/999999?lang=en");

    assertThat(zh.statusCode()).isEqualTo(404);
    assertThat(zh.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(zh.body()).contains("没有找到").contains("集群 999999 不存在");
    assertThat(en.statusCode()).isEqualTo(404);
    assertThat(en.body()).contains("Not found").contains("<html lang=\"en\">");
    assertThat(get("/regions/369900").statusCode()).isEqualTo(404);
    assertThat(get("/clusters/abc").statusCode()).isEqualTo(400);
  }

  @Test
  void the_records_behind_the_clusters_over_50bn_are_the_18_clusters_the_bulletin_counts()
      throws Exception {
    String body = page("/bulletin/2025/figures/clusters_revenue_over_50bn");

    assertThat(ROW.matcher(body).results().count()).isEqualTo(18);
    assertThat(body)
        .contains("这一数字背后的集群（18个）")
        .contains("href=\"/clusters?designation=provincial&amp;tier=over_50bn&amp;year=2025")
        .contains("通报对每家企业只计一次");
  }

  @Test
  void the_bulletin_page_links_each_figure_to_its_records() throws Exception {
    String body = page("/bulletin/2025");

    assertThat(body)
        .contains("118个省级产业集群实现营业收入3.9万亿元")
        .contains("href=\"/bulletin/2025/figures/clusters_revenue_over_100bn\"")
        .contains("href=\"/bulletin/2025/figures/cluster_revenue\"");
    assertThat(page("/bulletin/2026")).contains("2026年通报尚未发布。");
  }

  @Test
  void the_directorys_downloads_are_csv_with_headers_in_the_readers_language_and_xlsx()
      throws Exception {
    String body = page("/clusters?designation=provincial&tier=over_100bn&year=2025");
    Matcher link = Pattern.compile("id=\"download-csv\" href=\"([^\"]+)\"").matcher(body);
    assertThat(link.find()).isTrue();
    String csvPath = link.group(1).replace("&amp;", "&");

    HttpResponse<String> zh = get(csvPath);
    assertThat(zh.statusCode()).isEqualTo(200);
    assertThat(zh.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    List<String> lines = zh.body().replace("\uFEFF", "").lines().toList();
    assertThat(lines.get(0)).startsWith("编号,集群名称,所在地,产业链,称号");
    assertThat(lines).hasSize(7);

    HttpResponse<String> en = get(csvPath.replace("lang=zh", "lang=en"));
    assertThat(en.body().replace("\uFEFF", "").lines().findFirst().orElseThrow())
        .startsWith("ID,Cluster,Located in,Industrial chain,Designations");

    HttpResponse<byte[]> xlsx = bytes(csvPath.replace("format=csv", "format=xlsx"));
    assertThat(xlsx.statusCode()).isEqualTo(200);
    assertThat(xlsx.headers().firstValue("Content-Type").orElse(""))
        .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      assertThat(book.getSheetAt(0).getRow(0).getCell(1).getStringCellValue()).isEqualTo("集群名称");
      assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(6);
    }
  }

  @Test
  void the_chart_and_table_downloads_of_the_other_pages_answer_with_files() throws Exception {
    for (String path :
        List.of(
            "/api/v1/downloads/dashboard/tiers?year=2025&lang=zh&format=csv",
            "/api/v1/downloads/dashboard/cities?year=2025&lang=zh&format=csv",
            "/api/v1/downloads/clusters/" + largest.id() + "/annual?year=2025&format=csv",
            "/api/v1/downloads/regions/360100/clusters?year=2025&format=xlsx",
            "/api/v1/downloads/compare?ids=" + largest.id() + "&year=2025&format=csv",
            "/api/v1/downloads/bulletins/2025/figures/clusters_revenue_over_50bn?format=csv")) {
      HttpResponse<byte[]> response = bytes(path);
      assertThat(response.statusCode()).as(path).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
          .as(path)
          .startsWith("attachment");
    }
  }
}

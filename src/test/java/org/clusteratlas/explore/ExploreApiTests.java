package org.clusteratlas.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.clusteratlas.AtlasIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reader's API over HTTP, signed out: the same filters and paging as the directory page, the
 * published figures (shared/domain/published-2025.json), problem details for bad input, and the
 * OpenAPI description.
 */
@AtlasIntegrationTest
class ExploreApiTests {

  @LocalServerPort int port;

  private HttpResponse<String> get(String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private JsonNode json(String path) throws Exception {
    HttpResponse<String> response = get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return JsonMapper.builder().build().readTree(response.body());
  }

  @Test
  void theDirectoryFiltersAndPagesAsThePageDoes() throws Exception {
    JsonNode page = json("/api/v1/clusters?designation=provincial&tier=over_100bn&year=2025");
    assertThat(page.get("total").asInt()).isEqualTo(6);
    assertThat(page.get("items")).hasSize(6);
    JsonNode first = page.get("items").get(0);
    assertThat(first.get("basis").asString()).isEqualTo("PUBLISHED");
    assertThat(first.get("revenue_yi").decimalValue())
        .isGreaterThan(java.math.BigDecimal.valueOf(1000));
    JsonNode second = json("/api/v1/clusters?designation=provincial&year=2025&size=50&page=3");
    assertThat(second.get("total").asInt()).isEqualTo(118);
    assertThat(second.get("items")).hasSize(18);
  }

  @Test
  void theDashboardAndAFiguresRecordsAnswerAsJson() throws Exception {
    JsonNode dashboard = json("/api/v1/dashboard?year=2025");
    assertThat(dashboard.get("headline").get("clusters_revenue_over_50bn").asInt()).isEqualTo(18);
    assertThat(dashboard.get("cities")).hasSize(11);
    JsonNode figure = json("/api/v1/bulletins/2025/figures/clusters_revenue_over_100bn");
    assertThat(figure.get("rows")).hasSize(6);
  }

  @Test
  void badInputIsAProblemDetailNamingTheRule() throws Exception {
    HttpResponse<String> sort = get("/api/v1/clusters?sort=colour");
    assertThat(sort.statusCode()).isEqualTo(400);
    assertThat(sort.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
    assertThat(sort.body()).contains("explore.sort").contains("colour");
    assertThat(get("/api/v1/clusters/999999").statusCode()).isEqualTo(404);
    assertThat(get("/api/v1/regions/360199").statusCode()).isEqualTo(404);
    assertThat(get("/api/v1/bulletins/2025/figures/no_such_figure").statusCode()).isEqualTo(404);
    assertThat(get("/api/v1/downloads/dashboard/no_such_table").statusCode()).isEqualTo(404);
  }

  @Test
  void aDownloadIsTheViewAsCsvWithHeadersInTheReadersLanguage() throws Exception {
    HttpResponse<String> zh =
        get("/api/v1/downloads/clusters?designation=provincial&tier=over_100bn&year=2025");
    assertThat(zh.statusCode()).isEqualTo(200);
    assertThat(zh.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(d -> assertThat(d).contains("clusters-2025.csv"));
    String[] lines = zh.body().split("\r?\n");
    assertThat(lines).hasSize(7);
    assertThat(lines[0]).contains("集群");
    HttpResponse<String> en =
        get("/api/v1/downloads/clusters?designation=provincial&tier=over_100bn&year=2025&lang=en");
    assertThat(en.body().split("\r?\n")[0]).contains("Cluster");
  }

  @Test
  void theOpenApiDescriptionListsTheReadersApi() throws Exception {
    JsonNode api = json("/v3/api-docs");
    assertThat(api.get("paths").propertyNames())
        .contains(
            "/api/v1/clusters",
            "/api/v1/clusters/{id}",
            "/api/v1/clusters/{id}/members",
            "/api/v1/regions/{code}",
            "/api/v1/compare",
            "/api/v1/dashboard");
  }
}

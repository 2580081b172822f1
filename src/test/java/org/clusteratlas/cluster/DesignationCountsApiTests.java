package org.clusteratlas.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.clusteratlas.AtlasIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The designation counts on a date, against the demo province (shared/domain/DOMAIN.md §2–3). */
@AtlasIntegrationTest
class DesignationCountsApiTests {

  @LocalServerPort int port;

  private HttpResponse<String> get(String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
            HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void counts_on_the_last_day_of_2025_match_the_published_ladder() throws Exception {
    HttpResponse<String> response = get("/api/v1/designations/counts?on=2025-12-31");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains("\"provincial\":118")
        .contains("\"provincial_advanced_manufacturing\":14")
        .contains("\"national_advanced_manufacturing\":3")
        .contains("\"national_sme_characteristic\":16");
  }

  @Test
  void counts_change_with_the_date_as_designations_are_granted_and_revoked() throws Exception {
    assertThat(get("/api/v1/designations/counts?on=2023-12-31").body())
        .contains("\"provincial\":136");
    assertThat(get("/api/v1/designations/counts?on=2013-12-31").body())
        .contains("\"provincial\":0");
  }

  @Test
  void a_malformed_date_is_refused_with_a_problem_detail() throws Exception {
    HttpResponse<String> response = get("/api/v1/designations/counts?on=2025-13-01");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
  }
}

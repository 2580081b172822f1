package org.clusteratlas.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.clusteratlas.AtlasIntegrationTest;
import org.clusteratlas.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bulletin endpoints on the running server, which sees only committed data: the demo's
 * publication of 2025, and a publication of 2023 that the test posts (signed in with HTTP Basic as
 * a province administrator of the tests) and then deletes.
 */
@AtlasIntegrationTest
class BulletinApiTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final HttpClient http = HttpClient.newHttpClient();

  @LocalServerPort int port;
  @Autowired BulletinService bulletins;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationContext context;

  @AfterEach
  void deleteThePostedPublication() {
    jdbc.sql("delete from bulletin_publication where year = 2023").update();
  }

  /** A GET as the province administrator, who sees the revised bulletin. */
  private HttpResponse<String> get(String path) throws Exception {
    return get(path, TestUsers.provinceAdmin(context).basicHeader());
  }

  private HttpResponse<String> get(String path, String authorization) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String json) throws Exception {
    return post(path, json, TestUsers.provinceAdmin(context).basicHeader());
  }

  private HttpResponse<String> post(String path, String json, String authorization)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return http.send(
        request
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void the_bulletin_as_published_states_its_publication_date_and_data_version() throws Exception {
    HttpResponse<String> response = get("/api/v1/bulletins/2025?as=published");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode bulletin = JSON.readTree(response.body());
    assertThat(bulletin.get("edition").asString()).isEqualTo("as_published");
    assertThat(bulletin.get("published_on").asString()).isEqualTo("2026-03-18");
    assertThat(bulletin.get("data_version").asLong())
        .isEqualTo(bulletins.publication(2025).orElseThrow().dataVersion());
    assertThat(bulletin.get("figures").get("cluster_revenue").get("value").decimalValue())
        .isEqualByComparingTo("3.9");
  }

  @Test
  void without_a_choice_the_bulletin_is_the_current_one() throws Exception {
    JsonNode bulletin = JSON.readTree(get("/api/v1/bulletins/2025").body());

    assertThat(bulletin.get("edition").asString()).isEqualTo("current");
    assertThat(bulletin.get("published_on").isNull()).isTrue();
    assertThat(bulletin.get("edition_label").asString()).startsWith("按修订后数据");
  }

  @Test
  void a_visitor_gets_the_bulletin_as_published_and_never_the_revised_one() throws Exception {
    JsonNode bulletin = JSON.readTree(get("/api/v1/bulletins/2025", null).body());
    assertThat(bulletin.get("edition").asString()).isEqualTo("as_published");

    HttpResponse<String> current = get("/api/v1/bulletins/2025?as=current", null);
    assertThat(current.statusCode()).isEqualTo(401);
    assertThat(current.body()).contains("\"rule\":\"access.refused\"");
    assertThat(get("/api/v1/bulletins/2025/revisions", null).statusCode()).isEqualTo(401);
    // a city officer sees its own clusters' current figures, not the province's revised bulletin
    assertThat(
            get(
                    "/api/v1/bulletins/2025/revisions",
                    TestUsers.nanchangOfficer(context).basicHeader())
                .statusCode())
        .isEqualTo(403);
  }

  @Test
  void the_revisions_of_the_unrevised_demo_say_in_english_that_no_figure_changed()
      throws Exception {
    HttpResponse<String> response = get("/api/v1/bulletins/2025/revisions?lang=en");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode revisions = JSON.readTree(response.body());
    assertThat(revisions.get("figures")).hasSize(12);
    revisions
        .get("figures")
        .forEach(f -> assertThat(f.get("changed").asBoolean()).as(f.toString()).isFalse());
    assertThat(revisions.get("text").asString())
        .contains("As published on 2026-03-18")
        .endsWith("No figure changed since publication.");
  }

  @Test
  void a_posted_publication_is_recorded_as_the_signed_in_administrator_and_a_second_is_refused()
      throws Exception {
    HttpResponse<String> created =
        post("/api/v1/bulletins/2023/publications", "{\"published_on\": \"2024-03-01\"}");

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.headers().firstValue("Location"))
        .hasValue("/api/v1/bulletins/2023?as=published");
    JsonNode publication = JSON.readTree(created.body());
    assertThat(publication.get("actor_name").asString())
        .isEqualTo(TestUsers.provinceAdmin(context).name());
    assertThat(publication.get("actor_role").asString()).isEqualTo("PROVINCE_ADMIN");
    JsonNode asPublished = JSON.readTree(get("/api/v1/bulletins/2023?as=published").body());
    assertThat(asPublished.get("published_on").asString()).isEqualTo("2024-03-01");
    assertThat(asPublished.get("data_version").asLong())
        .isEqualTo(publication.get("data_version").asLong());

    HttpResponse<String> again =
        post("/api/v1/bulletins/2023/publications", "{\"published_on\": \"2024-03-02\"}");
    assertThat(again.statusCode()).isEqualTo(400);
    assertThat(again.body()).contains("\"rule\":\"bulletin.already-published\"");
  }

  @Test
  void a_publication_is_refused_to_a_visitor_with_401_and_to_a_city_officer_with_403()
      throws Exception {
    HttpResponse<String> anonymous =
        post("/api/v1/bulletins/2023/publications", "{\"published_on\": \"2024-03-01\"}", null);
    HttpResponse<String> officer =
        post(
            "/api/v1/bulletins/2023/publications",
            "{\"published_on\": \"2024-03-01\"}",
            TestUsers.nanchangOfficer(context).basicHeader());

    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(officer.statusCode()).isEqualTo(403);
    assertThat(bulletins.publication(2023)).isEmpty();
  }

  @Test
  void a_year_never_published_is_a_404_naming_the_rule() throws Exception {
    HttpResponse<String> response = get("/api/v1/bulletins/2019?as=published");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("\"rule\":\"bulletin-publication.unknown\"");
    assertThat(get("/api/v1/bulletins/2019/revisions").statusCode()).isEqualTo(404);
  }

  @Test
  void an_unknown_edition_is_a_400_naming_the_rule() throws Exception {
    HttpResponse<String> response = get("/api/v1/bulletins/2025?as=draft");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .contains("\"rule\":\"bulletin.as-invalid\"")
        .contains("\"rejected_value\":\"draft\"");
  }
}

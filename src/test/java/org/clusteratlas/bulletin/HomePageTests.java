package org.clusteratlas.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.clusteratlas.AtlasIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The home page shows the latest bulletin, in Chinese by default and in English on request. */
@AtlasIntegrationTest
class HomePageTests {

  @LocalServerPort int port;

  private String get(String path) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }

  @Test
  void the_home_page_shows_the_2025_bulletin_in_chinese_with_the_demo_banner() throws Exception {
    String page = get("/?year=2025");
    assertThat(page)
        .contains("<title>2025年全省产业集群发展通报</title>")
        .contains("演示数据：本页数字由演示省份数据生成")
        .contains("118个省级产业集群实现营业收入3.9万亿元")
        .doesNotContain("2,025");
  }

  @Test
  void the_language_switch_shows_the_page_in_english() throws Exception {
    String page = get("/?year=2025&lang=en");
    assertThat(page)
        .contains("industrial clusters, 2025</title>")
        .contains("Demo data: the figures on this page come from the demo province")
        .contains(
            "118 provincial industrial clusters earned operating revenue of 3.9 trillion yuan")
        .doesNotContain("2,025");
  }
}

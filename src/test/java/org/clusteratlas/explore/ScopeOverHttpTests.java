package org.clusteratlas.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.clusteratlas.AtlasIntegrationTest;
import org.clusteratlas.TestUsers;
import org.clusteratlas.cluster.Cluster;
import org.clusteratlas.cluster.ClusterRegister;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The scope enforced on the server, over HTTP: an officer of 南昌 who edits a URL or an API parameter
 * to reach 赣州's unpublished records gets nothing and the refusal is logged; answers kept for the
 * public never reach a signed-in reader, nor the reverse.
 */
@AtlasIntegrationTest
class ScopeOverHttpTests {

  private final HttpClient http = HttpClient.newHttpClient();

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired ClusterRegister register;
  @Autowired JdbcClient jdbc;

  private HttpResponse<byte[]> get(String path, String authorization, boolean gzip)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    if (gzip) {
      request.header("Accept-Encoding", "gzip");
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private String text(HttpResponse<byte[]> response) throws IOException {
    boolean zipped =
        response.headers().firstValue("Content-Encoding").map("gzip"::equals).orElse(false);
    byte[] body =
        zipped
            ? new GZIPInputStream(new ByteArrayInputStream(response.body())).readAllBytes()
            : response.body();
    return new String(body, StandardCharsets.UTF_8);
  }

  private long idOf(String name) {
    return register.all().stream()
        .filter(c -> c.name().equals(name))
        .map(Cluster::id)
        .findFirst()
        .orElseThrow()
        .value();
  }

  @Test
  void aNanchangOfficerEditingTheUrlToGanzhousRecordsGetsNothingAndTheRefusalIsLogged()
      throws Exception {
    TestUsers.Credentials officer = TestUsers.nanchangOfficer(context);
    long ganzhou = idOf("赣县稀土金属新材料及应用产业集群");
    long nanchang = idOf("南昌高新区光电及通信产业集群");

    HttpResponse<byte[]> own =
        get("/api/v1/clusters/" + nanchang + "/members?year=2025", officer.basicHeader(), false);
    assertThat(own.statusCode()).isEqualTo(200);
    assertThat(text(own)).contains("credit_code").contains("\"91360");

    for (String path :
        new String[] {
          "/api/v1/clusters/" + ganzhou + "/members?year=2025",
          "/api/v1/downloads/clusters/" + ganzhou + "/members?year=2025",
          "/clusters/" + ganzhou + "/members?year=2025"
        }) {
      HttpResponse<byte[]> refused = get(path, officer.basicHeader(), false);
      assertThat(refused.statusCode()).as(path).isEqualTo(403);
      assertThat(text(refused)).as(path).doesNotContain("\"91360");
    }
    assertThat(
            jdbc.sql("select count(*) from access_refusal where user_name = ? and what = ?")
                .params(officer.name(), "cluster/" + ganzhou + "/members/2025")
                .query(Long.class)
                .single())
        .isGreaterThanOrEqualTo(3);

    // 2024 is not published: 赣州's cluster shows no figures to 南昌, its own cluster does
    String rows =
        text(
            get(
                "/api/v1/compare?ids=" + ganzhou + "," + nanchang + "&year=2024",
                officer.basicHeader(),
                false));
    assertThat(rows).contains("\"basis\":\"UNPUBLISHED\"").contains("\"basis\":\"CURRENT\"");
  }

  @Test
  void answersKeptForThePublicNeverReachASignedInReaderNorTheReverse() throws Exception {
    String path = "/api/v1/clusters?designation=provincial&year=2024&size=5";
    String admin = TestUsers.provinceAdmin(context).basicHeader();
    String first = text(get(path, null, true));
    assertThat(first).contains("\"basis\":\"UNPUBLISHED\"").doesNotContain("\"revenue_yi\":1");
    assertThat(text(get(path, admin, true))).contains("\"basis\":\"CURRENT\"");
    HttpResponse<byte[]> again = get(path, null, true);
    assertThat(again.headers().firstValue("Content-Encoding")).contains("gzip");
    assertThat(text(again)).isEqualTo(first);
    assertThat(text(get(path, null, false))).isEqualTo(first);
    assertThat(text(get(path, admin, false))).contains("\"basis\":\"CURRENT\"");
  }
}

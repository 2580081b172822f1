package org.clusteratlas.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.clusteratlas.AtlasIntegrationTest;
import org.clusteratlas.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;

/**
 * The HTTP endpoint on the running server. A test's uncommitted fixture would be invisible to the
 * server's own transactions, so these tests look at what needs no data: headers, the byte-order
 * mark, the header row, and refusals as problem details.
 */
@AtlasIntegrationTest
class ExportApiTests {

  private final HttpClient http = HttpClient.newHttpClient();

  @LocalServerPort int port;

  @Autowired ApplicationContext context;

  /** A GET as the province administrator: the exports hold enterprise records. */
  private HttpResponse<byte[]> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Authorization", TestUsers.provinceAdmin(context).basicHeader())
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void exports_of_enterprise_records_are_the_province_administrators_alone() throws Exception {
    HttpResponse<byte[]> visitor =
        http.send(
            HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/api/v1/exports/reports?year=2025"))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(visitor.statusCode()).isEqualTo(401);
    HttpResponse<byte[]> officer =
        http.send(
            HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/api/v1/exports/enterprises"))
                .header("Authorization", TestUsers.nanchangOfficer(context).basicHeader())
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(officer.statusCode()).isEqualTo(403);
  }

  @Test
  void clusters_export_is_a_utf8_csv_attachment_with_a_byte_order_mark_and_a_header_row()
      throws Exception {
    HttpResponse<byte[]> response = get("/api/v1/exports/clusters?year=2025");

    assertThat(response.statusCode()).isEqualTo(200);
    MediaType type = MediaType.parseMediaType(response.headers().firstValue("Content-Type").get());
    assertThat(type.isCompatibleWith(MediaType.parseMediaType("text/csv"))).isTrue();
    assertThat(type.getCharset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(response.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"clusters-2025.csv\"");
    byte[] body = response.body();
    assertThat(Arrays.copyOf(body, 3)).containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    assertThat(new String(body, 3, body.length - 3, StandardCharsets.UTF_8))
        .startsWith(
            "cluster_id,name,host_region_codes,leading_industry,chain,advanced_area,demo\r\n");
  }

  @Test
  void an_unknown_export_is_refused_with_a_400_problem_detail_naming_the_rule() throws Exception {
    HttpResponse<byte[]> response = get("/api/v1/exports/invoices?year=2025&lang=en");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
    assertThat(new String(response.body(), StandardCharsets.UTF_8))
        .contains("\"rule\":\"export.unknown-what\"")
        .contains("\"rejected_value\":\"invoices\"")
        .contains("Unknown export");
  }

  @Test
  void a_reports_export_without_a_year_is_refused_with_a_400_problem_detail() throws Exception {
    HttpResponse<byte[]> response = get("/api/v1/exports/reports");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(new String(response.body(), StandardCharsets.UTF_8))
        .contains("\"rule\":\"export.year-missing\"")
        .contains("需要指定年份");
  }
}

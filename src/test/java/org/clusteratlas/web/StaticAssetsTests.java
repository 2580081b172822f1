package org.clusteratlas.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.clusteratlas.AtlasIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The files the pages' charts load are served by the running application: the web jars at paths
 * without their version (webjars-locator-lite), the chart script and the province map.
 */
@AtlasIntegrationTest
class StaticAssetsTests {

  @Autowired WebApplicationContext context;
  @LocalServerPort int port;

  private MockMvc mvc;

  @BeforeEach
  void mockMvc() {
    mvc = MockMvcBuilders.webAppContextSetup(context).build();
  }

  @Test
  void echarts_is_served_without_its_version_in_the_path() throws Exception {
    mvc.perform(get("/webjars/echarts/dist/echarts.min.js"))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", containsString("javascript")))
        .andExpect(content().string(containsString("echarts")));
  }

  @Test
  void htmx_is_served_without_its_version_in_the_path() throws Exception {
    mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js"))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", containsString("javascript")))
        .andExpect(content().string(containsString("htmx")));
  }

  @Test
  void the_chart_script_and_the_province_map_are_served() throws Exception {
    mvc.perform(get("/js/charts.js"))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", containsString("javascript")))
        .andExpect(content().string(containsString("AtlasCharts")));
    mvc.perform(get("/maps/jiangxi.geo.json"))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", startsWith("application/json")))
        .andExpect(content().string(containsString("\"adcode\":\"361100\"")));
  }

  @Test
  void the_map_and_the_scripts_are_cached_by_the_browser_and_sent_compressed() throws Exception {
    for (String path : new String[] {"/maps/jiangxi.geo.json", "/js/charts.js", "/css/atlas.css"}) {
      HttpResponse<byte[]> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                      .header("Accept-Encoding", "gzip")
                      .build(),
                  HttpResponse.BodyHandlers.ofByteArray());
      org.assertj.core.api.Assertions.assertThat(response.statusCode()).as(path).isEqualTo(200);
      org.assertj.core.api.Assertions.assertThat(response.headers().firstValue("Cache-Control"))
          .as(path)
          .hasValueSatisfying(
              c -> org.assertj.core.api.Assertions.assertThat(c).contains("max-age=3600"));
      org.assertj.core.api.Assertions.assertThat(response.headers().firstValue("Content-Encoding"))
          .as(path)
          .contains("gzip");
    }
  }
}

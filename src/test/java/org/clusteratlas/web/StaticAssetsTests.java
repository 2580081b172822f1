package org.clusteratlas.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.clusteratlas.AtlasIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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
}

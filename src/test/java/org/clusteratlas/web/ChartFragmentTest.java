package org.clusteratlas.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.thymeleaf.TemplateSpec;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fragments of {@code templates/fragments/charts.html}: a chart's container and its data,
 * written as JSON that the page's parser cannot end early, and the scripts' paths.
 */
class ChartFragmentTest {

  /**
   * A chart's data as a page would pass it: a record, with a title that tries to end the script.
   */
  record Bar(
      String title,
      String unit,
      String pngLabel,
      List<String> categories,
      List<Series> series,
      boolean horizontal) {}

  record Series(String name, List<Double> values) {}

  private static Document render(Set<String> fragments, Map<String, Object> variables) {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding("UTF-8");
    SpringTemplateEngine engine = new SpringTemplateEngine();
    engine.setTemplateResolver(resolver);
    MockServletContext servlet = new MockServletContext();
    MockHttpServletRequest request = new MockHttpServletRequest(servlet, "GET", "/");
    WebContext context =
        new WebContext(
            JakartaServletWebApplication.buildApplication(servlet)
                .buildExchange(request, new MockHttpServletResponse()),
            Locale.SIMPLIFIED_CHINESE,
            variables);
    String html =
        engine.process(
            new TemplateSpec("fragments/charts", fragments, TemplateMode.HTML, null), context);
    return Jsoup.parse(html);
  }

  @Test
  void a_chart_is_its_container_and_its_data_as_json_that_cannot_end_the_script() {
    Bar bar =
        new Bar(
            "营业收入 </script><script>alert(1)</script> 'quoted' \"double\"",
            "亿元",
            "保存为图片",
            List.of("千亿级", "百亿级"),
            List.of(new Series("集群数", Arrays.asList(6.0, null))),
            true);
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("id", "chart-tiers");
    variables.put("kind", "pyramid");
    variables.put("data", bar);
    Document page = render(Set.of("chart"), variables);

    Element chart = page.selectFirst("div.chart");
    assertThat(chart).isNotNull();
    assertThat(chart.attr("data-chart")).isEqualTo("pyramid");
    assertThat(chart.attr("data-source")).isEqualTo("chart-tiers");
    assertThat(chart.hasAttr("data-map-url")).isFalse();
    assertThat(page.select("script")).as("no script was injected by the title").hasSize(1);
    Element script = page.getElementById("chart-tiers");
    assertThat(script).isNotNull();
    assertThat(script.attr("type")).isEqualTo("application/json");

    JsonNode json = JsonMapper.builder().build().readTree(script.data());
    assertThat(json.path("title").asString()).isEqualTo(bar.title());
    assertThat(json.path("pngLabel").asString()).isEqualTo("保存为图片");
    assertThat(json.path("horizontal").asBoolean()).isTrue();
    assertThat(json.path("categories").get(1).asString()).isEqualTo("百亿级");
    assertThat(json.path("series").get(0).path("values").get(1).isNull()).isTrue();
  }

  @Test
  void a_map_chart_names_the_province_map_and_the_scripts_load_without_versions() {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("id", "chart-map");
    variables.put("kind", "map");
    variables.put("data", Map.of("title", "t", "regions", List.of()));
    Document page = render(Set.of("chart", "scripts", "htmx"), variables);

    assertThat(page.selectFirst("div.chart").attr("data-map-url"))
        .isEqualTo("/maps/jiangxi.geo.json");
    assertThat(page.select("script[src]").eachAttr("src"))
        .containsExactly(
            "/webjars/echarts/dist/echarts.min.js",
            "/js/charts.js",
            "/webjars/htmx.org/dist/htmx.min.js");
    assertThat(page.select("script[src]").eachAttr("defer")).hasSize(3);
  }
}

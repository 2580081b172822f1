package org.clusteratlas.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/** The charts' JSON: the keys of the script's contract, safe inside a script element. */
class ChartsTest {

  // the application's mapper writes snake_case: the chart keys must stay as the contract names them
  private final JsonMapper json =
      JsonMapper.builder().propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();
  private final Charts charts = new Charts(json);

  @Test
  void a_map_has_the_contracts_keys_and_a_region_per_city() {
    Charts.Chart chart =
        charts.map(
            "m",
            "Title",
            "Revenue",
            "100 million yuan",
            "Save",
            List.of(
                new Charts.Region(
                    "360100", "南昌市（10个）", new BigDecimal("5456.6"), "/regions/360100")),
            "/api/v1/downloads/dashboard/cities?year=2025");

    JsonNode data = json.readTree(chart.json());
    assertThat(chart.kind()).isEqualTo("map");
    assertThat(data.get("seriesName").asString()).isEqualTo("Revenue");
    assertThat(data.get("pngLabel").asString()).isEqualTo("Save");
    assertThat(data.get("regions").get(0).get("code").asString()).isEqualTo("360100");
    assertThat(data.get("regions").get(0).get("value").decimalValue())
        .isEqualByComparingTo("5456.6");
  }

  @Test
  void a_bar_chart_keeps_a_missing_value_as_null_in_its_place() {
    Charts.Chart chart =
        charts.bar(
            "b",
            "pyramid",
            "Tiers",
            "clusters",
            "Save",
            List.of("a", "b"),
            List.of(new Charts.Series("n", Arrays.asList(BigDecimal.ONE, null))),
            true,
            Arrays.asList("/x", null),
            null);

    JsonNode data = json.readTree(chart.json());
    assertThat(chart.kind()).isEqualTo("pyramid");
    assertThat(data.get("horizontal").asBoolean()).isTrue();
    assertThat(data.get("series").get(0).get("values").get(1).isNull()).isTrue();
    assertThat(data.get("hrefs").get(1).isNull()).isTrue();
  }

  @Test
  void a_name_that_would_end_the_script_element_is_escaped_and_reads_back_the_same() {
    String name = "</script><script>alert(1)</script><!--";
    Charts.Chart chart =
        charts.scatter(
            "s",
            "t",
            "x",
            "y",
            "p",
            List.of(new Charts.Point(name, BigDecimal.ONE, BigDecimal.TEN, null)),
            null);

    assertThat(chart.json()).doesNotContain("</").doesNotContain("<!--").contains("<\\/script>");
    assertThat(json.readTree(chart.json()).get("points").get(0).get("name").asString())
        .isEqualTo(name);
  }
}

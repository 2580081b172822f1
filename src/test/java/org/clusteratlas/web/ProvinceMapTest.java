package org.clusteratlas.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The province map the charts draw ({@code static/maps/jiangxi.geo.json}): plain GeoJSON, the 11
 * cities of Jiangxi with their GB/T 2260 codes, every ring a closed run of points inside the
 * province's bounds.
 */
class ProvinceMapTest {

  private static final Map<String, String> CITIES = new LinkedHashMap<>();

  static {
    CITIES.put("360100", "南昌市");
    CITIES.put("360200", "景德镇市");
    CITIES.put("360300", "萍乡市");
    CITIES.put("360400", "九江市");
    CITIES.put("360500", "新余市");
    CITIES.put("360600", "鹰潭市");
    CITIES.put("360700", "赣州市");
    CITIES.put("360800", "吉安市");
    CITIES.put("360900", "宜春市");
    CITIES.put("361000", "抚州市");
    CITIES.put("361100", "上饶市");
  }

  private static JsonNode map() throws IOException {
    try (InputStream in =
        ProvinceMapTest.class
            .getClassLoader()
            .getResourceAsStream("static/maps/jiangxi.geo.json")) {
      assertThat(in).isNotNull();
      return JsonMapper.builder().build().readTree(in);
    }
  }

  @Test
  void the_map_is_plain_geojson_with_the_eleven_cities_named_and_coded() throws IOException {
    JsonNode map = map();
    assertThat(map.path("type").asString()).isEqualTo("FeatureCollection");
    assertThat(map.has("UTF8Encoding")).as("decoded, not ECharts' compressed form").isFalse();
    Map<String, String> found = new LinkedHashMap<>();
    for (JsonNode feature : map.path("features")) {
      assertThat(feature.path("type").asString()).isEqualTo("Feature");
      found.put(
          feature.path("properties").path("adcode").asString(),
          feature.path("properties").path("name").asString());
    }
    assertThat(map.path("features").size()).isEqualTo(11);
    assertThat(found).containsExactlyEntriesOf(CITIES);
  }

  @Test
  void every_city_has_closed_rings_of_points_within_the_province() throws IOException {
    for (JsonNode feature : map().path("features")) {
      String city = feature.path("properties").path("name").asString();
      JsonNode geometry = feature.path("geometry");
      List<JsonNode> polygons = new ArrayList<>();
      switch (geometry.path("type").asString()) {
        case "Polygon" -> polygons.add(geometry.path("coordinates"));
        case "MultiPolygon" -> geometry.path("coordinates").forEach(polygons::add);
        default -> throw new AssertionError(city + ": " + geometry.path("type"));
      }
      assertThat(polygons).as(city).isNotEmpty();
      for (JsonNode polygon : polygons) {
        assertThat(polygon.size()).as(city).isPositive();
        for (JsonNode ring : polygon) {
          assertThat(ring.size()).as(city + " ring").isGreaterThanOrEqualTo(4);
          for (JsonNode point : ring) {
            double lon = point.get(0).asDouble();
            double lat = point.get(1).asDouble();
            assertThat(lon).as(city + " longitude").isBetween(113.4, 118.6);
            assertThat(lat).as(city + " latitude").isBetween(24.4, 30.2);
          }
        }
      }
    }
  }
}

package org.clusteratlas.explore;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The data of the pages' charts as the JSON {@code static/js/charts.js} reads from a {@code <script
 * type="application/json">} beside each {@code <div class="chart" data-chart="KIND"
 * data-source="ID">}. Every word in it (titles, series names, units, the PNG button's label) comes
 * from the message bundles through the caller; every number from the query layer. Keys are written
 * as the script's contract names them (camelCase), whatever the application's JSON naming; the
 * records below have one-word components only, which every naming writes the same.
 */
@Component
class Charts {

  private final JsonMapper json;

  Charts(JsonMapper json) {
    this.json = json;
  }

  /** One series of a bar or line chart: a value per category, null where there is none. */
  record Series(String name, List<BigDecimal> values) {}

  /** A region of the map: its GB/T 2260 code (the feature's {@code adcode}) and value. */
  record Region(String code, String name, BigDecimal value, String href) {}

  /** A point of a scatter chart. */
  record Point(String name, BigDecimal x, BigDecimal y, String href) {}

  /** A chart on a page: the container's id, its kind and its data as JSON. */
  record Chart(String id, String kind, String json, String download) {}

  Chart map(
      String id,
      String title,
      String seriesName,
      String unit,
      String pngLabel,
      List<Region> regions,
      String download) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("title", title);
    data.put("seriesName", seriesName);
    data.put("unit", unit);
    data.put("pngLabel", pngLabel);
    data.put("regions", regions);
    return new Chart(id, "map", write(data), download);
  }

  /**
   * A bar chart ({@code kind} {@code bar}) or the tier pyramid ({@code pyramid}); {@code hrefs},
   * one per category or null, are followed on a click.
   */
  Chart bar(
      String id,
      String kind,
      String title,
      String unit,
      String pngLabel,
      List<String> categories,
      List<Series> series,
      boolean horizontal,
      List<String> hrefs,
      String download) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("title", title);
    data.put("unit", unit);
    data.put("pngLabel", pngLabel);
    data.put("categories", categories);
    data.put("series", series);
    data.put("horizontal", horizontal);
    data.put("hrefs", hrefs);
    return new Chart(id, kind, write(data), download);
  }

  Chart line(
      String id,
      String title,
      String unit,
      String pngLabel,
      List<String> categories,
      List<Series> series,
      String download) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("title", title);
    data.put("unit", unit);
    data.put("pngLabel", pngLabel);
    data.put("categories", categories);
    data.put("series", series);
    return new Chart(id, "line", write(data), download);
  }

  Chart scatter(
      String id,
      String title,
      String xName,
      String yName,
      String pngLabel,
      List<Point> points,
      String download) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("title", title);
    data.put("xName", xName);
    data.put("yName", yName);
    data.put("pngLabel", pngLabel);
    data.put("points", points);
    return new Chart(id, "scatter", write(data), download);
  }

  /**
   * The JSON, safe inside a {@code <script>} element: {@code </} (which would end the element) is
   * written {@code <\/} and {@code <!--} as {@code \u003c!--}, both the same JSON.
   */
  String write(Object data) {
    return json.writeValueAsString(data).replace("</", "<\\/").replace("<!--", "\\u003c!--");
  }
}

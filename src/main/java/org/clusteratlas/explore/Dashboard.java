package org.clusteratlas.explore;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dashboard of a year: the bulletin's headline figures and the charts beside them, all from the
 * same figures the reader may see.
 *
 * @param bulletinEdition {@code as_published} or {@code current}; null when the reader may see no
 *     bulletin of the year (not yet published)
 * @param headline the bulletin's figures by key (as in {@code published-2025.json}), exact values,
 *     in publishing order
 * @param tiers the provincial clusters by revenue band: {@code over_100bn}, {@code 50bn_100bn},
 *     {@code 10bn_50bn}, {@code below} and {@code hidden} (figures the reader may not see), each
 *     band exclusive so the bands add up to the provincial clusters
 * @param cities per city: provincial clusters whose first host lies there and their revenue
 * @param designations clusters holding each designation kind on the year's last day
 * @param top the ten largest provincial clusters by revenue the reader may see
 * @param scatter every provincial cluster with figures: revenue and its growth
 */
public record Dashboard(
    int year,
    List<Integer> years,
    String bulletinEdition,
    Map<String, BigDecimal> headline,
    Map<String, Integer> tiers,
    List<CityFigure> cities,
    Map<String, Integer> designations,
    List<ClusterRow> top,
    List<ClusterRow> scatter) {

  public Dashboard {
    years = List.copyOf(years);
    headline = ordered(headline);
    tiers = ordered(tiers);
    cities = List.copyOf(cities);
    designations = ordered(designations);
    top = List.copyOf(top);
    scatter = List.copyOf(scatter);
  }

  /** An unmodifiable copy that keeps the order given (publishing order, top tier first). */
  private static <V> Map<String, V> ordered(Map<String, V> map) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  /**
   * A city: its provincial clusters (by first host) and their revenue in 亿元 (clusters whose figures
   * the reader may see; null when none).
   */
  public record CityFigure(String code, String name, int clusters, BigDecimal revenueYi) {}
}

package org.clusteratlas.bulletin;

import java.time.LocalDate;
import java.util.Map;

/**
 * A year's bulletin.
 *
 * @param asOf the date designations and memberships are taken on (the year's last day)
 * @param demo true when any figure rests on demo data (演示数据)
 * @param figures keyed as in published-2025.json, in publishing order
 * @param text the bulletin in Chinese
 * @param target progress towards the province's 2030 target, if one is recorded
 */
public record Bulletin(
    int year,
    LocalDate asOf,
    boolean demo,
    Map<String, Figure> figures,
    String text,
    Target target) {

  /** A policy target and where the year stands against it. */
  public record Target(
      String key, int year, java.math.BigDecimal value, boolean approximate, long current) {}
}

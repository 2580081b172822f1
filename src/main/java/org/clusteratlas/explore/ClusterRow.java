package org.clusteratlas.explore;

import java.math.BigDecimal;
import java.util.List;

/**
 * One cluster in a year as a reader may see it: the register's facts (always public) and, when
 * {@link #basis} {@linkplain Basis#showsFigures shows figures}, its sums. Amounts in 亿元 to one
 * decimal; growth in percent on the comparable basis, null when last year's sums are missing.
 *
 * @param designations the designation kinds held on the year's last day, by their codes
 * @param cityCodes the cities (GB/T 2260) its hosts lie in; a zone counts for its city
 * @param tier the revenue tier's code, null when the figures are hidden
 */
public record ClusterRow(
    long id,
    String name,
    String shortName,
    List<Host> hosts,
    List<String> cityCodes,
    String leadingIndustry,
    String leadingIndustryName,
    String chain,
    String chainName,
    List<String> designations,
    int year,
    Basis basis,
    String tier,
    BigDecimal revenueYi,
    BigDecimal revenueGrowthPct,
    BigDecimal profitYi,
    BigDecimal profitGrowthPct,
    Integer enterprises) {

  public ClusterRow {
    hosts = List.copyOf(hosts);
    cityCodes = List.copyOf(cityCodes);
    designations = List.copyOf(designations);
  }

  /** A host: a county, city or development zone, with its name. */
  public record Host(String code, String name) {}

  public boolean holds(String designation) {
    return designations.contains(designation);
  }
}

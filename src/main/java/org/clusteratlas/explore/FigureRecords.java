package org.clusteratlas.explore;

import java.math.BigDecimal;
import java.util.List;

/**
 * The records behind one bulletin figure: the clusters it counts or sums, each leading to its
 * profile and from there to its member enterprises (for readers whose scope covers them).
 *
 * @param key the figure's key, as in {@code published-2025.json}
 * @param value the figure's exact value in the bulletin the reader sees
 * @param edition {@code as_published} or {@code current}
 * @param filter the directory filter that lists the same clusters (page {@code /clusters})
 * @param rows the clusters behind the figure, largest revenue first
 * @param rowsRevenueYi the sum of the rows' revenue; above the bulletin's revenue when clusters
 *     share members, since the bulletin counts each enterprise once
 */
public record FigureRecords(
    int year,
    String key,
    BigDecimal value,
    String unit,
    String edition,
    String filter,
    List<ClusterRow> rows,
    BigDecimal rowsRevenueYi) {

  public FigureRecords {
    rows = List.copyOf(rows);
  }
}

package org.clusteratlas.explore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.clusteratlas.web.Table;
import org.clusteratlas.web.Table.Col;

/** The tables of the pages, from the query layer's records: one place for every column list. */
final class Tables {

  private static final List<Col> CLUSTER_COLUMNS =
      List.of(
          text("col.id"),
          text("col.name"),
          text("col.hosts"),
          text("col.chain"),
          text("col.designations"),
          text("col.basis"),
          text("col.tier"),
          number("col.revenue-yi"),
          number("col.revenue-growth-pct"),
          number("col.profit-yi"),
          number("col.profit-growth-pct"),
          number("col.enterprises"));

  private Tables() {}

  static Table clusters(String name, List<ClusterRow> rows) {
    List<List<Object>> values = new ArrayList<>();
    for (ClusterRow r : rows) {
      values.add(
          Arrays.asList(
              r.id(),
              r.name(),
              String.join("、", r.hosts().stream().map(ClusterRow.Host::name).toList()),
              r.chainName(),
              String.join(" ", r.designations()),
              r.basis().code(),
              r.tier(),
              r.revenueYi(),
              r.revenueGrowthPct(),
              r.profitYi(),
              r.profitGrowthPct(),
              r.enterprises()));
    }
    return new Table(name, CLUSTER_COLUMNS, values);
  }

  static Table series(String name, List<ClusterProfile.SeriesPoint> points) {
    List<List<Object>> values = new ArrayList<>();
    for (ClusterProfile.SeriesPoint p : points) {
      values.add(
          Arrays.asList(
              p.period(),
              p.basis().code(),
              p.revenueYi(),
              p.revenueGrowthPct(),
              p.profitYi(),
              p.profitGrowthPct(),
              p.enterprises()));
    }
    return new Table(
        name,
        List.of(
            text("col.period"),
            text("col.basis"),
            number("col.revenue-yi"),
            number("col.revenue-growth-pct"),
            number("col.profit-yi"),
            number("col.profit-growth-pct"),
            number("col.enterprises")),
        values);
  }

  static Table members(String name, List<MemberTable.Member> members) {
    List<List<Object>> values = new ArrayList<>();
    for (MemberTable.Member m : members) {
      values.add(
          Arrays.asList(
              m.creditCode(),
              m.name(),
              m.regionCode(),
              m.revenueYi(),
              m.revenueGrowthPct(),
              m.profitYi()));
    }
    return new Table(
        name,
        List.of(
            text("col.credit-code"),
            text("col.enterprise"),
            text("col.region-code"),
            number("col.revenue-yi-2"),
            number("col.revenue-growth-pct"),
            number("col.profit-yi-2")),
        values);
  }

  static Table weights(String name, List<RegionProfile.Weight> weights) {
    List<List<Object>> values = new ArrayList<>();
    for (RegionProfile.Weight w : weights) {
      values.add(Arrays.asList(w.clusterId(), w.clusterName(), w.revenueYi(), w.sharePct()));
    }
    return new Table(
        name,
        List.of(
            text("col.id"),
            text("col.name"),
            number("col.revenue-in-region-yi"),
            number("col.share-of-region-pct")),
        values);
  }

  /**
   * A two-column table of counts or amounts by key; the keys are message keys of {@code prefix}.
   */
  static Table counts(String name, String keyColumn, String valueColumn, Map<String, ?> counts) {
    List<List<Object>> values = new ArrayList<>();
    counts.forEach((k, v) -> values.add(Arrays.asList(k, v)));
    return new Table(name, List.of(text(keyColumn), number(valueColumn)), values);
  }

  static Table cities(String name, List<Dashboard.CityFigure> cities) {
    List<List<Object>> values = new ArrayList<>();
    for (Dashboard.CityFigure c : cities) {
      values.add(Arrays.asList(c.code(), c.name(), c.clusters(), c.revenueYi()));
    }
    return new Table(
        name,
        List.of(
            text("col.region-code"),
            text("col.city"),
            number("col.provincial-clusters"),
            number("col.revenue-yi")),
        values);
  }

  private static Col text(String key) {
    return new Col(key, false);
  }

  private static Col number(String key) {
    return new Col(key, true);
  }
}

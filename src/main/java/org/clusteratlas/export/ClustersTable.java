package org.clusteratlas.export;

import java.util.List;
import java.util.stream.Collectors;
import org.clusteratlas.cluster.Cluster;
import org.clusteratlas.cluster.ClusterHost;
import org.clusteratlas.cluster.ClusterRegister;
import org.springframework.stereotype.Component;

/** {@code clusters}: the register, one row per cluster, hosts joined by {@code ;}. */
@Component
class ClustersTable implements ExportTable {

  private static final List<Column> COLUMNS =
      List.of(
          Column.number("cluster_id"),
          Column.text("name"),
          Column.text("host_region_codes"),
          Column.text("leading_industry"),
          Column.text("chain"),
          Column.text("advanced_area"),
          Column.bool("demo"));

  private final ClusterRegister clusters;

  ClustersTable(ClusterRegister clusters) {
    this.clusters = clusters;
  }

  @Override
  public ExportKind kind() {
    return ExportKind.CLUSTERS;
  }

  @Override
  public List<Column> columns() {
    return COLUMNS;
  }

  @Override
  public void rows(Integer year, CsvExportWriter out) {
    for (Cluster c : clusters.all()) {
      out.row(
          c.id().value(),
          c.name(),
          c.hosts().stream().map(ClusterHost::code).collect(Collectors.joining(";")),
          c.leadingIndustry(),
          c.chain(),
          c.advancedArea(),
          c.demo());
    }
  }
}

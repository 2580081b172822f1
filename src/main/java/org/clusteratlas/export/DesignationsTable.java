package org.clusteratlas.export;

import java.util.List;
import org.clusteratlas.cluster.Cluster;
import org.clusteratlas.cluster.ClusterRegister;
import org.clusteratlas.cluster.Designation;
import org.springframework.stereotype.Component;

/**
 * {@code designations}: every designation ever granted, revoked ones included, so that "which
 * clusters held K on date D" can be answered for any date.
 */
@Component
class DesignationsTable implements ExportTable {

  private static final List<Column> COLUMNS =
      List.of(
          Column.number("cluster_id"),
          Column.text("designation"),
          Column.date("granted_on"),
          Column.date("revoked_on"),
          Column.text("granted_document"),
          Column.text("revocation_document"),
          Column.text("revocation_reason"));

  private final ClusterRegister clusters;

  DesignationsTable(ClusterRegister clusters) {
    this.clusters = clusters;
  }

  @Override
  public ExportKind kind() {
    return ExportKind.DESIGNATIONS;
  }

  @Override
  public List<Column> columns() {
    return COLUMNS;
  }

  @Override
  public void rows(Integer year, CsvExportWriter out) {
    for (Cluster c : clusters.all()) {
      for (Designation d : c.designations()) {
        out.row(
            c.id().value(),
            d.kind().code(),
            d.grantedOn(),
            d.revokedOn(),
            d.grantedDocument(),
            d.revocationDocument(),
            d.revocationReason());
      }
    }
  }
}

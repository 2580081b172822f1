package org.clusteratlas.export;

import java.util.List;
import org.clusteratlas.enterprise.EnterpriseRegister;
import org.springframework.stereotype.Component;

/** {@code memberships}: every membership ever recorded, with the dates it holds. */
@Component
class MembershipsTable implements ExportTable {

  private static final List<Column> COLUMNS =
      List.of(
          Column.number("cluster_id"),
          Column.text("credit_code"),
          Column.date("valid_from"),
          Column.date("valid_to"));

  private final EnterpriseRegister enterprises;

  MembershipsTable(EnterpriseRegister enterprises) {
    this.enterprises = enterprises;
  }

  @Override
  public ExportKind kind() {
    return ExportKind.MEMBERSHIPS;
  }

  @Override
  public List<Column> columns() {
    return COLUMNS;
  }

  @Override
  public void rows(Integer year, CsvExportWriter out) {
    enterprises.forEachMembership(
        m -> out.row(m.cluster().value(), m.enterprise().value(), m.validFrom(), m.validTo()));
  }
}

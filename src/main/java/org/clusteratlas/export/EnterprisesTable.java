package org.clusteratlas.export;

import java.util.List;
import org.clusteratlas.enterprise.Enterprise;
import org.clusteratlas.enterprise.EnterpriseRegister;
import org.springframework.stereotype.Component;

/**
 * {@code enterprises}: the whole register with the year's above-designated-size flag, which is the
 * frame filter of every province-level sum.
 */
@Component
class EnterprisesTable implements ExportTable {

  private static final List<Column> COLUMNS =
      List.of(
          Column.text("credit_code"),
          Column.text("name"),
          Column.text("region_code"),
          Column.text("industry_code"),
          Column.bool("above_scale"),
          Column.bool("specialised"),
          Column.bool("little_giant"),
          Column.bool("high_tech"),
          Column.bool("demo"));

  private final EnterpriseRegister enterprises;

  EnterprisesTable(EnterpriseRegister enterprises) {
    this.enterprises = enterprises;
  }

  @Override
  public ExportKind kind() {
    return ExportKind.ENTERPRISES;
  }

  @Override
  public List<Column> columns() {
    return COLUMNS;
  }

  @Override
  public void rows(Integer year, CsvExportWriter out) {
    enterprises.forEachEnterprise(
        year,
        framed -> {
          Enterprise e = framed.enterprise();
          out.row(
              e.creditCode().value(),
              e.name(),
              e.region().value(),
              e.industry().value(),
              framed.aboveScale(),
              e.specialised(),
              e.littleGiant(),
              e.highTech(),
              e.demo());
        });
  }
}

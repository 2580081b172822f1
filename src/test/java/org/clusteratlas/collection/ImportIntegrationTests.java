package org.clusteratlas.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clusteratlas.collection.ImportFixture.FIRM;
import static org.clusteratlas.collection.ImportFixture.ZH;
import static org.clusteratlas.collection.ImportFixture.request;
import static org.clusteratlas.collection.ImportFixture.templateCsv;

import java.math.BigDecimal;
import java.nio.file.Path;
import org.clusteratlas.AtlasIntegrationTest;
import org.clusteratlas.enterprise.EnterpriseRegister;
import org.clusteratlas.period.ReportingPeriods;
import org.clusteratlas.shared.Actor;
import org.clusteratlas.shared.ReportingPeriod;
import org.clusteratlas.shared.RuleViolation;
import org.clusteratlas.statistics.ReportStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/** Imports against the embedded database, each in a transaction that rolls back. */
@AtlasIntegrationTest
@Transactional
class ImportIntegrationTests {

  private static final String JULY = FIRM + ",测试导入甲公司,2025,7,7000,6500,350,300,7700,7000,700,600,";
  private static final String AUGUST =
      FIRM + ",测试导入甲公司,2025,8,8000,7400,400,350,8800,8000,800,700,";

  @Autowired ImportService imports;
  @Autowired EnterpriseRegister enterprises;
  @Autowired ReportStore reports;
  @Autowired ReportingPeriods periods;
  @Autowired FindingService findings;
  @Autowired JdbcClient jdbc;
  @TempDir Path dir;

  @BeforeEach
  void fixture() {
    ImportFixture.register(enterprises, reports);
  }

  private BigDecimal stored(int month, int indicatorId) {
    return jdbc.sql(
            "select r.value from report r join enterprise e on e.id = r.enterprise_id where"
                + " e.credit_code = ? and r.year = 2025 and r.month = ? and r.indicator_id = ?")
        .params(FIRM, month, indicatorId)
        .query(BigDecimal.class)
        .optional()
        .orElse(null);
  }

  @Test
  void aTemplateFileIsAppliedAndItsCountsAddUp() {
    ImportReport report =
        imports.run(request(templateCsv(dir, "ok.csv", JULY, AUGUST)), p -> {}, ZH);

    assertThat(report.problems()).isEmpty();
    assertThat(report.status()).isEqualTo(ImportStatus.APPLIED);
    assertThat(report.counts())
        .isEqualTo(new ImportCounts(2, 2, 0, 0, 0, 0, 2)); // July and August 2025 are late now
    assertThat(report.dataVersion()).isEqualTo(reports.currentVersion());
    assertThat(stored(8, 1)).isEqualByComparingTo("8000");
    assertThat(stored(8, 4)).isEqualByComparingTo("800");
  }

  @Test
  void sendingTheSameFileTwiceChangesNothingTheSecondTime() {
    Path file = templateCsv(dir, "twice.csv", JULY, AUGUST);
    imports.run(request(file), p -> {}, ZH);
    long version = reports.currentVersion();

    ImportReport again = imports.run(request(file), p -> {}, ZH);

    assertThat(again.status()).isEqualTo(ImportStatus.APPLIED);
    assertThat(again.counts()).isEqualTo(new ImportCounts(2, 0, 0, 2, 0, 0, 0));
    assertThat(again.dataVersion()).isNull();
    assertThat(reports.currentVersion()).isEqualTo(version);
  }

  @Test
  void theSameReportWithOtherValuesIsARevisionThatKeepsTheOldValue() {
    imports.run(request(templateCsv(dir, "first.csv", JULY)), p -> {}, ZH);
    ImportReport revised =
        imports.run(
            request(templateCsv(dir, "second.csv", JULY.replace(",7000,6500,", ",7100,6500,"))),
            p -> {},
            ZH);

    assertThat(revised.counts().updated()).isEqualTo(1);
    assertThat(stored(7, 1)).isEqualByComparingTo("7100");
    String revision =
        jdbc.sql("select old_value || '>' || new_value from report_revision where data_version = ?")
            .param(revised.dataVersion())
            .query(String.class)
            .single();
    assertThat(revision).isEqualTo("7000.00>7100.00");
    var history =
        reports.history(
            new org.clusteratlas.enterprise.CreditCode(FIRM),
            new ReportingPeriod(2025, 7),
            org.clusteratlas.statistics.IndicatorCode.REVENUE);
    assertThat(history)
        .extracting(v -> v.value().toPlainString() + "@" + v.writtenBy() + "/" + v.current())
        .containsExactly("7000.00@测试员/false", "7100.00@测试员/true");
  }

  @Test
  void oneHardProblemRefusesTheWholeFileAndStoresNothing() {
    long version = reports.currentVersion();
    ImportReport report =
        imports.run(
            request(
                templateCsv(dir, "bad.csv", JULY, AUGUST.replace(",8000,7400,", ",-8000,7400,"))),
            p -> {},
            ZH);

    assertThat(report.status()).isEqualTo(ImportStatus.REFUSED);
    assertThat(report.counts()).isEqualTo(new ImportCounts(2, 0, 0, 0, 2, 1, 0));
    assertThat(report.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.row()).isEqualTo(3);
              assertThat(p.column()).isEqualTo("营业收入（万元）");
              assertThat(p.rule()).isEqualTo("value.negative");
              assertThat(p.value()).as("as written, not at the unit's scale").isEqualTo("-8000");
              assertThat(p.tier()).isEqualTo(Tier.HARD);
              assertThat(p.message()).contains("-8000");
            });
    assertThat(stored(7, 1)).isNull();
    assertThat(reports.currentVersion()).isEqualTo(version);
  }

  @Test
  void aVerifyFindingHoldsTheFileUntilItIsExplainedInEarnest() {
    String jump = JULY.replace(",7000,6500,", ",13000,6500,");

    ImportReport unexplained = imports.run(request(templateCsv(dir, "a.csv", jump)), p -> {}, ZH);
    ImportReport boilerplate =
        imports.run(request(templateCsv(dir, "b.csv", jump + "核实无误")), p -> {}, ZH);
    ImportReport explained =
        imports.run(request(templateCsv(dir, "c.csv", jump + "7月新生产线投产，订单大幅增加")), p -> {}, ZH);

    assertThat(unexplained.status()).isEqualTo(ImportStatus.NEEDS_EXPLANATION);
    assertThat(unexplained.problems())
        .extracting(Problem::rule)
        .containsExactly("yoy.beyond-bound");
    assertThat(boilerplate.status()).isEqualTo(ImportStatus.NEEDS_EXPLANATION);
    assertThat(boilerplate.problems())
        .extracting(Problem::rule)
        .contains("yoy.beyond-bound", "explanation.boilerplate");
    assertThat(explained.status()).isEqualTo(ImportStatus.APPLIED);
    assertThat(explained.problems()).singleElement().extracting(Problem::explained).isEqualTo(true);
    assertThat(stored(7, 1)).isEqualByComparingTo("13000");
  }

  @Test
  void aQuasiHardFindingIsStoredButBlocksTheAcceptanceOfThePeriod() {
    ImportReport report =
        imports.run(
            request(templateCsv(dir, "profit.csv", JULY.replace(",350,300,", ",7500,300,"))),
            p -> {},
            ZH);

    assertThat(report.status()).isEqualTo(ImportStatus.APPLIED);
    assertThat(report.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.tier()).isEqualTo(Tier.QUASI_HARD));
    assertThatThrownBy(
            () ->
                periods.accept(
                    new ReportingPeriod(2025, 7), "360600", Actor.provinceAdministrator("处长")))
        .isInstanceOf(RuleViolation.class)
        .extracting(e -> ((RuleViolation) e).rule())
        .isEqualTo("period.blocked");
  }

  @Test
  void anOpenFindingClearedWithARealReasonNoLongerBlocksAcceptance() {
    imports.run(
        request(templateCsv(dir, "profit.csv", JULY.replace(",350,300,", ",7500,300,"))),
        p -> {},
        ZH);
    ReportingPeriod july = new ReportingPeriod(2025, 7);
    Actor head = Actor.provinceAdministrator("处长");
    FindingService.OpenFinding open = findings.open(july, "360600", ZH).get(0);

    assertThatThrownBy(() -> findings.clear(open.id(), head, "核实无误", ZH))
        .extracting(e -> ((RuleViolation) e).rule())
        .isEqualTo("finding.reason-boilerplate");
    FindingService.OpenFinding cleared =
        findings.clear(open.id(), head, "企业确认当月收到一次性投资收益，利润高于收入属实", ZH);

    assertThat(cleared.status()).isEqualTo("cleared");
    assertThat(cleared.clearedBy()).isEqualTo("处长");
    assertThat(findings.open(july, "360600", ZH)).isEmpty();
    assertThat(periods.accept(july, "360600", head).regionCode()).isEqualTo("360600");
  }

  @Test
  void sendingCorrectedReportsClearsTheOpenFinding() {
    imports.run(
        request(templateCsv(dir, "profit.csv", JULY.replace(",350,300,", ",7500,300,"))),
        p -> {},
        ZH);
    imports.run(request(templateCsv(dir, "fixed.csv", JULY)), p -> {}, ZH);

    assertThat(findings.open(new ReportingPeriod(2025, 7), "360000", ZH)).isEmpty();
  }

  @Test
  void aLockedPeriodRefusesTheRowsOfItsRegion() {
    periods.accept(new ReportingPeriod(2025, 7), "360600", Actor.provinceAdministrator("处长"));

    ImportReport report = imports.run(request(templateCsv(dir, "locked.csv", JULY)), p -> {}, ZH);

    assertThat(report.status()).isEqualTo(ImportStatus.REFUSED);
    assertThat(report.problems()).extracting(Problem::rule).containsExactly("period.locked");
  }

  @Test
  void aMacroEnabledWorkbookIsReadForItsValuesAndTheReportSaysTheMacrosDidNotRun()
      throws Exception {
    Path file = dir.resolve("宏.xlsm");
    try (var workbook =
            new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                org.apache.poi.xssf.usermodel.XSSFWorkbookType.XLSM);
        var out = java.nio.file.Files.newOutputStream(file)) {
      var sheet = workbook.createSheet("数据");
      String[] header = {"统一社会信用代码", "企业名称", "年份", "月份", "营业收入（万元）", "营业收入上年同期（万元）"};
      var top = sheet.createRow(0);
      for (int i = 0; i < header.length; i++) {
        top.createCell(i).setCellValue(header[i]);
      }
      var row = sheet.createRow(1);
      row.createCell(0).setCellValue(FIRM);
      row.createCell(1).setCellValue(ImportFixture.FIRM_NAME);
      row.createCell(2).setCellValue(2025);
      row.createCell(3).setCellValue(7);
      row.createCell(4).setCellValue(7000);
      row.createCell(5).setCellValue(6500);
      workbook.write(out);
    }

    ImportReport report = imports.run(request(file), p -> {}, ZH);

    assertThat(report.status()).isEqualTo(ImportStatus.APPLIED);
    assertThat(report.format()).isEqualTo("xlsx");
    assertThat(report.notices()).singleElement().asString().contains("宏");
    assertThat(stored(7, 1)).isEqualByComparingTo("7000");
  }

  @Test
  void whatThePlatformExportsItImportsAgainUnchanged() throws Exception {
    StringBuilder csv =
        new StringBuilder("credit_code,year,month,indicator,value,same_period_last_year,unit\r\n");
    int[] rows = {0};
    jdbc.sql(
            "select e.credit_code, r.month, d.code, r.value, r.same_period_last_year, d.unit from"
                + " report r join enterprise e on e.id = r.enterprise_id join indicator_definition"
                + " d on d.id = r.indicator_id where r.year = 2025 and r.month = 12 order by"
                + " e.credit_code, d.id limit 3000")
        .query(
            rs -> {
              rows[0]++;
              csv.append(rs.getString(1))
                  .append(",2025,12,")
                  .append(rs.getString(3))
                  .append(',')
                  .append(rs.getBigDecimal(4) == null ? "" : rs.getBigDecimal(4).toPlainString())
                  .append(',')
                  .append(rs.getBigDecimal(5) == null ? "" : rs.getBigDecimal(5).toPlainString())
                  .append(',')
                  .append(rs.getString(6))
                  .append("\r\n");
            });
    Path file = dir.resolve("reports.csv");
    java.nio.file.Files.writeString(file, csv);

    ImportReport report = imports.run(request(file), p -> {}, ZH);

    assertThat(report.status()).isEqualTo(ImportStatus.APPLIED);
    assertThat(report.format()).isEqualTo("csv");
    assertThat(report.counts()).isEqualTo(new ImportCounts(rows[0], 0, 0, rows[0], 0, 0, 0));
  }
}

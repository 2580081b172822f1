package org.clusteratlas.collection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.clusteratlas.enterprise.CreditCode;
import org.clusteratlas.enterprise.Enterprise;
import org.clusteratlas.enterprise.EnterpriseRegister;
import org.clusteratlas.industry.IndustryCode;
import org.clusteratlas.region.RegionCode;
import org.clusteratlas.shared.Actor;
import org.clusteratlas.shared.ReportingPeriod;
import org.clusteratlas.statistics.EnterpriseReport;
import org.clusteratlas.statistics.IndicatorCode;
import org.clusteratlas.statistics.ReportStore;

/**
 * Enterprises and history the import tests (and the bad-file corpus under {@code
 * src/test/resources/imports/corpus}) refer to by their fixed credit codes, registered inside each
 * test's transaction:
 *
 * <ul>
 *   <li>{@link #FIRM} 测试导入甲公司, region 360681 (贵溪市), in the 2025 frame, with year-to-date reports
 *       for January to June 2025 (营业收入 1000 per month, so 6000 by June; 利润总额 50 per month; 工业总产值
 *       1100 per month; 出口交货值 100 per month) and July 2024 (营业收入 6500, 上年同期 of July 2025 in a file
 *       should be about that);
 *   <li>{@link #OUTSIDE_FRAME} 测试导入乙公司, registered but not in the 2025 frame;
 *   <li>{@link #UNREGISTERED}: a valid code that is not in the register.
 * </ul>
 */
final class ImportFixture {

  static final String FIRM = "91360681MA3CP0001K";
  static final String OUTSIDE_FRAME = "91360681MA3CP0002N";
  static final String UNREGISTERED = "91360681MA3CP0003R";
  static final String FIRM_NAME = "测试导入甲公司";

  private ImportFixture() {}

  static void register(EnterpriseRegister enterprises, ReportStore reports) {
    enterprises.register(firm(FIRM, FIRM_NAME));
    enterprises.register(firm(OUTSIDE_FRAME, "测试导入乙公司"));
    enterprises.addToFrame(new CreditCode(FIRM), 2025);
    enterprises.addToFrame(new CreditCode(FIRM), 2024);
    Actor clerk = Actor.provinceAdministrator("fixture");
    for (int month = 1; month <= 6; month++) {
      ReportingPeriod p = new ReportingPeriod(2025, month);
      report(reports, clerk, p, IndicatorCode.REVENUE, 1000 * month, 950 * month);
      report(reports, clerk, p, IndicatorCode.PROFIT, 50 * month, 45 * month);
      report(reports, clerk, p, IndicatorCode.OUTPUT, 1100 * month, 1000 * month);
      report(reports, clerk, p, IndicatorCode.EXPORT_DELIVERY, 100 * month, 90 * month);
    }
    report(reports, clerk, new ReportingPeriod(2024, 7), IndicatorCode.REVENUE, 6500, 6000);
  }

  private static Enterprise firm(String code, String name) {
    return new Enterprise(
        new CreditCode(code),
        name,
        new RegionCode("360681"),
        new IndustryCode("39"),
        false,
        false,
        false,
        false);
  }

  private static void report(
      ReportStore reports,
      Actor clerk,
      ReportingPeriod p,
      IndicatorCode indicator,
      long value,
      long lastYear) {
    reports.record(
        new EnterpriseReport(
            new CreditCode(FIRM),
            p,
            indicator,
            BigDecimal.valueOf(value),
            BigDecimal.valueOf(lastYear)),
        clerk,
        "测试基础数据");
  }

  /** A template CSV in UTF-8 with the given data lines after the template's header. */
  static Path templateCsv(Path dir, String name, String... lines) {
    StringBuilder b =
        new StringBuilder(
            "统一社会信用代码,企业名称,年份,月份,营业收入（万元）,营业收入上年同期（万元）,利润总额（万元）,利润总额上年同期（万元）,"
                + "工业总产值（万元）,工业总产值上年同期（万元）,出口交货值（万元）,出口交货值上年同期（万元）,情况说明\r\n");
    for (String line : lines) {
      b.append(line).append("\r\n");
    }
    try {
      Path file = dir.resolve(name);
      Files.writeString(file, b, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ImportRequest request(Path file) {
    return new ImportRequest(
        file, file.getFileName().toString(), Actor.provinceAdministrator("测试员"), null);
  }

  static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
}

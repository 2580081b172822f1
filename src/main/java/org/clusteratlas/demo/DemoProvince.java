package org.clusteratlas.demo;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.clusteratlas.cluster.Cluster;
import org.clusteratlas.enterprise.CreditCode;
import org.clusteratlas.enterprise.Enterprise;
import org.clusteratlas.enterprise.EnterpriseId;
import org.clusteratlas.enterprise.Membership;
import org.clusteratlas.shared.ReportingPeriod;
import org.clusteratlas.statistics.IndicatorCode;
import org.clusteratlas.statistics.ReportStore;

/** The generated province, ready to be loaded through the registers' bulk APIs. */
record DemoProvince(
    List<Cluster> clusters,
    List<Enterprise> enterprises,
    Map<Integer, List<CreditCode>> frames,
    List<Membership> memberships,
    List<DemoFirm> firms) {

  private static final List<IndicatorCode> INDICATORS =
      List.of(
          IndicatorCode.REVENUE,
          IndicatorCode.PROFIT,
          IndicatorCode.OUTPUT,
          IndicatorCode.EXPORT_DELIVERY,
          IndicatorCode.EMPLOYEES,
          IndicatorCode.RD_EXPENDITURE);

  /**
   * Emits every year-to-date report, in the order of the report table's key (year, month,
   * indicator, enterprise) so that the load appends to its index. The same period last year of a
   * report equals the value the firm reported a year earlier.
   */
  long emitReports(Map<CreditCode, EnterpriseId> ids, ReportStore.Sink sink) {
    long rows = 0;
    for (int year = DemoFirm.FIRST_REPORTED_YEAR; year <= DemoFirm.LAST_YEAR; year++) {
      int y = year;
      List<DemoFirm> frame = firms.stream().filter(f -> f.inFrame(y)).toList();
      EnterpriseId[] id = frame.stream().map(f -> ids.get(f.code)).toArray(EnterpriseId[]::new);
      for (int month = 1; month <= 12; month++) {
        ReportingPeriod period = new ReportingPeriod(year, month);
        for (IndicatorCode indicator : INDICATORS) {
          for (int i = 0; i < frame.size(); i++) {
            DemoFirm f = frame.get(i);
            sink.add(
                id[i],
                period,
                indicator,
                value(f, indicator, year, month),
                value(f, indicator, year - 1, month));
            rows++;
          }
        }
      }
    }
    return rows;
  }

  /** A firm's year-to-date value of an indicator, derived from its annual revenue and profit. */
  static BigDecimal value(DemoFirm f, IndicatorCode indicator, int year, int month) {
    if (indicator.equals(IndicatorCode.EMPLOYEES)) {
      // 从业人员平均人数 is an average over the months so far, not a sum: the year's level
      return f.revenue(year)
          .divide(f.revenuePerEmployee, 0, RoundingMode.HALF_UP)
          .max(BigDecimal.ONE);
    }
    BigDecimal annual = indicator.equals(IndicatorCode.PROFIT) ? f.profit(year) : f.revenue(year);
    BigDecimal ytd = annual.multiply(f.ytdShare(year, month));
    BigDecimal ratio =
        indicator.equals(IndicatorCode.OUTPUT)
            ? f.outputRatio
            : indicator.equals(IndicatorCode.EXPORT_DELIVERY)
                ? f.exportShare
                : indicator.equals(IndicatorCode.RD_EXPENDITURE) ? f.rdIntensity : BigDecimal.ONE;
    return ytd.multiply(ratio, MathContext.DECIMAL64).setScale(2, RoundingMode.HALF_UP);
  }
}

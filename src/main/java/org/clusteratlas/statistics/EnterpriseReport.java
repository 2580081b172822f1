package org.clusteratlas.statistics;

import java.math.BigDecimal;
import java.util.Objects;
import org.clusteratlas.enterprise.CreditCode;
import org.clusteratlas.shared.ReportingPeriod;
import org.clusteratlas.shared.RuleViolation;

/**
 * One enterprise's year-to-date value of one indicator for one period, with the same period last
 * year. Either value may be missing (null), which is not the same as zero.
 */
public record EnterpriseReport(
    CreditCode enterprise,
    ReportingPeriod period,
    IndicatorCode indicator,
    BigDecimal value,
    BigDecimal samePeriodLastYear) {

  public EnterpriseReport {
    Objects.requireNonNull(enterprise, "enterprise");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(indicator, "indicator");
    checkScale(value, enterprise, indicator);
    checkScale(samePeriodLastYear, enterprise, indicator);
  }

  private static void checkScale(BigDecimal v, CreditCode enterprise, IndicatorCode indicator) {
    if (v != null && v.stripTrailingZeros().scale() > 2) {
      throw new RuleViolation("report.scale", v.toPlainString(), indicator, enterprise);
    }
  }
}

package org.clusteratlas.statistics;

import org.clusteratlas.shared.RuleViolation;

/** The code of an indicator of the catalogue, e.g. {@code revenue}. */
public record IndicatorCode(String value) {

  public static final IndicatorCode REVENUE = new IndicatorCode("revenue");
  public static final IndicatorCode PROFIT = new IndicatorCode("profit");
  public static final IndicatorCode OUTPUT = new IndicatorCode("output");
  public static final IndicatorCode EXPORT_DELIVERY = new IndicatorCode("export_delivery");
  public static final IndicatorCode EMPLOYEES = new IndicatorCode("employees");
  public static final IndicatorCode RD_EXPENDITURE = new IndicatorCode("rd_expenditure");

  public IndicatorCode {
    if (value == null || !value.matches("[a-z][a-z0-9_]{1,39}")) {
      throw new RuleViolation("indicator.code-format", value);
    }
  }

  @Override
  public String toString() {
    return value;
  }
}

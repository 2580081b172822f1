package org.clusteratlas.shared;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A year-to-date reporting period: months 1 to {@code month} of {@code year} (1–N月累计). The annual
 * figure of a year is its period ending in December.
 */
public record ReportingPeriod(int year, int month) implements Comparable<ReportingPeriod> {

  public static final int FIRST_YEAR = 2000;
  public static final int LAST_YEAR = 2100;

  public ReportingPeriod {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new RuleViolation("period.year", year, FIRST_YEAR, LAST_YEAR);
    }
    if (month < 1 || month > 12) {
      throw new RuleViolation("period.month", month);
    }
  }

  /** The whole year: January to December. */
  public static ReportingPeriod annual(int year) {
    return new ReportingPeriod(year, 12);
  }

  /** Parses {@code 2025-12}. */
  public static ReportingPeriod parse(String text) {
    if (text == null || !text.matches("\\d{4}-\\d{1,2}")) {
      throw new RuleViolation("period.format", text);
    }
    String[] parts = text.split("-");
    return new ReportingPeriod(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
  }

  /** The last day of the period: memberships and designations are taken as of this date. */
  public LocalDate endDate() {
    return YearMonth.of(year, month).atEndOfMonth();
  }

  public ReportingPeriod sameMonthLastYear() {
    return new ReportingPeriod(year - 1, month);
  }

  @Override
  public int compareTo(ReportingPeriod o) {
    return year != o.year ? Integer.compare(year, o.year) : Integer.compare(month, o.month);
  }

  @Override
  public String toString() {
    return year + "-" + (month < 10 ? "0" : "") + month;
  }
}

package org.clusteratlas.period;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import org.clusteratlas.shared.ReportingPeriod;
import org.clusteratlas.shared.RuleViolation;

/**
 * When reports for a period may be sent: from {@code opensAt} (inclusive) to {@code closesAt}
 * (exclusive, so a window "to the end of the 10th" closes at 00:00 of the 11th, Beijing time).
 *
 * @param overridden whether the province administrator set this window instead of the default
 */
public record ReportingWindow(
    ReportingPeriod period, Instant opensAt, Instant closesAt, boolean overridden) {

  /** Windows and days are Beijing time, whatever the server's zone. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  /** Every month has a 28th; a later day would not exist after February. */
  static final int LAST_CLOSE_DAY = 28;

  public ReportingWindow {
    if (period == null || opensAt == null || closesAt == null) {
      throw new RuleViolation("period.window-missing", period);
    }
    if (!closesAt.isAfter(opensAt)) {
      throw new RuleViolation("period.window-order", beijing(closesAt), beijing(opensAt), period);
    }
  }

  /**
   * The default window of {@code period}: from the 1st of the following month to the end of its day
   * {@code closeDay}.
   */
  public static ReportingWindow byDefault(ReportingPeriod period, int closeDay) {
    requireCloseDay(closeDay);
    YearMonth following = YearMonth.of(period.year(), period.month()).plusMonths(1);
    return new ReportingWindow(
        period,
        following.atDay(1).atStartOfDay(ZONE).toInstant(),
        following.atDay(closeDay).plusDays(1).atStartOfDay(ZONE).toInstant(),
        false);
  }

  /** Late (迟报): received at or after the close. An early report is not late. */
  public boolean isLate(Instant receivedAt) {
    return !receivedAt.isBefore(closesAt);
  }

  static int requireCloseDay(int closeDay) {
    if (closeDay < 1 || closeDay > LAST_CLOSE_DAY) {
      throw new RuleViolation("period.close-day", closeDay, LAST_CLOSE_DAY);
    }
    return closeDay;
  }

  /** An instant as a clerk reads it, e.g. {@code 2025-04-11T00:00+08:00}. */
  static String beijing(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZONE).toString();
  }
}

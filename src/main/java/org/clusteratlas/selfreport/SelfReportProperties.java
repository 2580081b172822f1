package org.clusteratlas.selfreport;

import java.time.MonthDay;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When a year's self-report is due, in the following year (month-day, {@code MM-dd}): {@code
 * atlas.self-report.due.national-sme} for national SME characteristic clusters (MIIT: 30 April),
 * {@code …advanced-manufacturing} for provincial or national advanced manufacturing clusters (end
 * of March), {@code …provincial} for every other provincial cluster (end of March, with the
 * province's evaluation, which follows in spring). A cluster holding several of these designations
 * on the year's last day is due by the earliest of their dates.
 */
@ConfigurationProperties("atlas.self-report")
record SelfReportProperties(@DefaultValue Due due) {

  record Due(
      @DefaultValue("04-30") String nationalSme,
      @DefaultValue("03-31") String advancedManufacturing,
      @DefaultValue("03-31") String provincial) {

    Due {
      parse(nationalSme);
      parse(advancedManufacturing);
      parse(provincial);
    }

    /** A setting as a month and day, e.g. {@code 04-30}. */
    static MonthDay parse(String text) {
      try {
        return MonthDay.parse("--" + text.strip());
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(
            "atlas.self-report.due.*: \"" + text + "\" is not a month-day such as 03-31", e);
      }
    }
  }

  DueDates dueDates() {
    return new DueDates(
        Due.parse(due.nationalSme()),
        Due.parse(due.advancedManufacturing()),
        Due.parse(due.provincial()));
  }
}

package org.clusteratlas.period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param closeDay the day of the following month to the end of which reports are due by default
 *     ({@code atlas.periods.close-day}, 1–28, default 10)
 */
@ConfigurationProperties("atlas.periods")
record PeriodProperties(@DefaultValue("10") int closeDay) {

  PeriodProperties {
    ReportingWindow.requireCloseDay(closeDay);
  }
}

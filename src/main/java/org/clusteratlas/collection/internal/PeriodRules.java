package org.clusteratlas.collection.internal;

import java.time.Instant;
import org.clusteratlas.shared.ReportingPeriod;

/** What an import asks of the reporting periods: is a period locked for a region, is a report late. */
interface PeriodRules {

  boolean locked(ReportingPeriod period, String regionCode);

  boolean late(ReportingPeriod period, Instant receivedAt);
}

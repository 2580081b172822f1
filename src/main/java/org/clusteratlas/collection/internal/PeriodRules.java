package org.clusteratlas.collection.internal;

import java.time.Instant;
import org.clusteratlas.shared.ReportingPeriod;

/**
 * What an import asks of the reporting periods: is a period locked for a region, is a report late.
 */
interface PeriodRules {

  /** Which regions' reports of the period are locked, from one read of its locks. */
  java.util.function.Predicate<String> lockedRegions(ReportingPeriod period);

  boolean late(ReportingPeriod period, Instant receivedAt);
}

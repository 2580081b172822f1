package org.clusteratlas.collection.internal;

import java.time.Instant;
import java.util.List;
import org.clusteratlas.period.PeriodLock;
import org.clusteratlas.period.ReportingPeriods;
import org.clusteratlas.shared.ReportingPeriod;
import org.springframework.stereotype.Component;

/** {@link PeriodRules} from the period module's locks and reporting windows. */
@Component
class PeriodsOfTheImport implements PeriodRules {

  private final ReportingPeriods periods;

  PeriodsOfTheImport(ReportingPeriods periods) {
    this.periods = periods;
  }

  @Override
  public java.util.function.Predicate<String> lockedRegions(ReportingPeriod period) {
    List<PeriodLock> locks = periods.locks(period);
    return region -> locks.stream().anyMatch(lock -> lock.covers(region));
  }

  @Override
  public boolean late(ReportingPeriod period, Instant receivedAt) {
    return periods.isLate(period, receivedAt);
  }
}

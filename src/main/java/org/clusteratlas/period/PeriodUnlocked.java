package org.clusteratlas.period;

import java.time.Instant;
import org.clusteratlas.shared.Actor;
import org.clusteratlas.shared.ReportingPeriod;

/** Published when the level above lifts a region's acceptance of a period. */
public record PeriodUnlocked(
    ReportingPeriod period, String regionCode, Actor actor, Instant at, String reason) {}

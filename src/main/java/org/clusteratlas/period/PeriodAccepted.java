package org.clusteratlas.period;

import java.time.Instant;
import org.clusteratlas.shared.Actor;
import org.clusteratlas.shared.ReportingPeriod;

/** Published when a period is accepted (验收) for a region, which locks its data. */
public record PeriodAccepted(ReportingPeriod period, String regionCode, Actor actor, Instant at) {}

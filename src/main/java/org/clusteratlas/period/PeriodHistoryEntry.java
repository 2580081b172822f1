package org.clusteratlas.period;

import java.time.Instant;
import org.clusteratlas.shared.Actor;
import org.clusteratlas.shared.ReportingPeriod;

/**
 * One step in a period's history: who did what, for which region, when and why.
 *
 * @param regionCode the region accepted or unlocked; 360000 for a window, which is province-wide
 * @param reason the written reason of an unlock; null otherwise
 * @param opensAt the window set by a {@link PeriodAction#WINDOW_SET}; null otherwise
 * @param closesAt the window set by a {@link PeriodAction#WINDOW_SET}; null otherwise
 */
public record PeriodHistoryEntry(
    ReportingPeriod period,
    PeriodAction action,
    String regionCode,
    Actor actor,
    Instant at,
    String reason,
    Instant opensAt,
    Instant closesAt) {}

package org.clusteratlas.period;

import java.time.Instant;
import java.util.List;
import org.clusteratlas.shared.Actor;
import org.clusteratlas.shared.ReportingPeriod;

/**
 * The reporting periods: their windows, acceptances (locks) and history. Changes are refused with a
 * {@link org.clusteratlas.shared.RuleViolation} ({@code period.*}) before anything is stored.
 */
public interface ReportingPeriods {

  /** When reports for {@code period} may be sent: the window set for it, else the default. */
  ReportingWindow window(ReportingPeriod period);

  /**
   * Whether a report for {@code period} received at {@code receivedAt} is late (迟报): received at or
   * after its window closed. A late report is still accepted; the caller marks it.
   */
  boolean isLate(ReportingPeriod period, Instant receivedAt);

  /**
   * Whether the data of an enterprise in {@code enterpriseRegionCode} is locked for {@code period}:
   * the period is accepted for the province, for the enterprise's city (the code's first four
   * digits + 00) or for its county (the exact code).
   */
  boolean isLocked(ReportingPeriod period, String enterpriseRegionCode);

  /** The period's acceptances, by region code. */
  List<PeriodLock> locks(ReportingPeriod period);

  /** Every window set, acceptance and unlock of the period, oldest first. */
  List<PeriodHistoryEntry> history(ReportingPeriod period);

  /**
   * Accepts (验收) {@code period} for {@code regionCode} (360000 for the whole province, a city or a
   * county), which locks it; refused if {@code actor} may not, if a lock covers the region already,
   * or while an {@link AcceptanceBlockers} bean reports open problems.
   */
  PeriodLock accept(ReportingPeriod period, String regionCode, Actor actor);

  /**
   * Lifts the acceptance of {@code period} for {@code regionCode}; only the level above may, and
   * only with a reason.
   */
  void unlock(ReportingPeriod period, String regionCode, Actor actor, String reason);

  /**
   * Sets the window of {@code period} (the province administrator only, not while the province has
   * accepted it); {@code closesAt} is the first instant at which a report is late.
   */
  ReportingWindow setWindow(ReportingPeriod period, Instant opensAt, Instant closesAt, Actor actor);
}

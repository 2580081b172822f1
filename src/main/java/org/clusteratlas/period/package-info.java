/**
 * Reporting periods (报告期管理): for each month, when its year-to-date reports may be sent and whether
 * the bureaus have accepted (验收) it.
 *
 * <ul>
 *   <li>The reporting window (报送时间窗口) of period Y-M opens on the 1st of the following month and
 *       closes at the end of day {@code atlas.periods.close-day} (default 10) of that month, Asia/
 *       Shanghai; the province administrator may set another window for one period. A report
 *       received after the window closed is accepted but late (迟报): {@link
 *       org.clusteratlas.period.ReportingPeriods#isLate} tells the caller, who marks it.
 *   <li>Acceptance locks a period for a region: the province (360000, every region), a city or a
 *       county. The province administrator accepts for any of them, a city or county bureau for its
 *       own region and the counties in it. A lock is lifted only by the level above, with a written
 *       reason: a county's by its city bureau or the province administrator, a city's and the
 *       province's own by the province administrator. {@link
 *       org.clusteratlas.period.ReportingPeriods#isLocked} answers for an enterprise's region.
 *   <li>Before accepting, every {@link org.clusteratlas.period.AcceptanceBlockers} bean is asked
 *       for the open problems that must be cleared first (e.g. the import module's quasi-hard
 *       edit-check findings, 准强制性审核问题); any open one refuses the acceptance.
 *   <li>Every window set, acceptance and unlock is kept as a history row naming who, when and why,
 *       and acceptances and unlocks are announced as {@link org.clusteratlas.period.PeriodAccepted}
 *       and {@link org.clusteratlas.period.PeriodUnlocked}.
 * </ul>
 *
 * Tables {@code reporting_window}, {@code period_lock}, {@code period_event} (migration V4); REST
 * under {@code /api/v1/periods/{period}}.
 */
@ApplicationModule(displayName = "Reporting periods", allowedDependencies = "region")
package org.clusteratlas.period;

import org.springframework.modulith.ApplicationModule;

/**
 * Shared kernel: the few value types every module speaks in — {@link org.clusteratlas.shared.Money}
 * (万元, BigDecimal), {@link org.clusteratlas.shared.ReportingPeriod} (a year-to-date period) and
 * {@link org.clusteratlas.shared.RuleViolation}, the one exception that refused domain input
 * raises, naming the rule and the rejected value in Chinese and English.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel")
package org.clusteratlas.shared;

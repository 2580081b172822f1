/**
 * Indicators: the formulas of the platform, one pure type each — {@link
 * org.clusteratlas.indicator.ComparableGrowth}, {@link org.clusteratlas.indicator.Share}, {@link
 * org.clusteratlas.indicator.RevenueTier}, {@link org.clusteratlas.indicator.PublishedRounding} —
 * and the read model that sums enterprise reports for a cluster, a set of clusters or the whole
 * province over a year-to-date period ({@link org.clusteratlas.indicator.IndicatorReadModel}).
 *
 * <p>Conventions (DOMAIN.md §4): a cluster counts the enterprises that are its members on the last
 * day of the period and in that year's above-designated-size frame; a set of clusters counts each
 * such enterprise once. The read model is SQL over the register and report tables, mapped into
 * records; given a data version, it sums the reports as they stood then, and every result names the
 * data version it was computed from.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Indicators")
package org.clusteratlas.indicator;

package org.clusteratlas.selfreport;

/**
 * A cluster's self-report for {@code year} was submitted, as self-report version {@code version};
 * {@code late} when after its due date.
 */
public record SelfReportSubmitted(long clusterId, int year, long version, boolean late) {}

package org.clusteratlas.selfreport;

import org.clusteratlas.shared.Actor;

/**
 * A cluster's self-report for {@code year} was submitted by {@code actor}, as self-report version
 * {@code version}; {@code late} when after its due date.
 */
public record SelfReportSubmitted(
    long clusterId, int year, long version, boolean late, Actor actor) {}

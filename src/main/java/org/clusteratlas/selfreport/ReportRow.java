package org.clusteratlas.selfreport;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One cluster's self-report in a year's list: where it stands, when it is due, whether it came late
 * or is overdue, when it was last submitted and its latest self-report version.
 */
public record ReportRow(
    long clusterId,
    String name,
    ReportState state,
    LocalDate dueOn,
    Boolean late,
    boolean overdue,
    Instant submittedAt,
    Long version,
    boolean demo) {}

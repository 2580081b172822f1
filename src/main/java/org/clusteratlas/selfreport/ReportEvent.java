package org.clusteratlas.selfreport;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One step of a self-report's history, numbered by its self-report version: a save, a submission
 * (with the due date it was judged by and whether it was late), an acceptance or a return (with its
 * reason), who took it and when.
 */
public record ReportEvent(
    long version,
    String action,
    ReportState state,
    String actorName,
    String actorRole,
    Instant at,
    String catalogueVersion,
    LocalDate dueOn,
    Boolean late,
    String reason) {}

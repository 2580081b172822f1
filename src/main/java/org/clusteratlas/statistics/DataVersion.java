package org.clusteratlas.statistics;

import java.time.Instant;

/**
 * One version of the stored reports: a bulk load, an applied import or an edit, with who made it,
 * when and why. Versions are numbered upwards; version 0 holds what was stored before versions were
 * kept. The reports as of version {@code n} are those written by versions up to {@code n}.
 */
public record DataVersion(
    long id,
    Instant createdAt,
    String actorName,
    String actorRole,
    String actorRegion,
    String kind,
    String source,
    String reason) {}

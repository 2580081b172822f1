package org.clusteratlas.evaluation;

import java.time.Instant;

/** A published scheme: its version, first year, name, and who published it, when and why. */
public record SchemeVersion(
    String version, int year, String name, Instant createdAt, String actorName, String reason) {}

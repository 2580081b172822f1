package org.clusteratlas.cluster;

import java.time.LocalDate;

/** Published when a cluster's designation is revoked. */
public record DesignationRevoked(
    ClusterId cluster, DesignationKind kind, LocalDate on, String document, String reason) {}

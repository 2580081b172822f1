package org.clusteratlas.cluster;

import java.time.LocalDate;

/** Published when a cluster is granted a designation. */
public record DesignationGranted(
    ClusterId cluster, DesignationKind kind, LocalDate on, String document) {}

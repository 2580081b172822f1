package org.clusteratlas.lifecycle;

import java.time.LocalDate;
import org.clusteratlas.cluster.DesignationKind;

/**
 * A change a step makes to the cluster register, which the service makes through {@link
 * org.clusteratlas.cluster.ClusterRegister#grant} or {@link
 * org.clusteratlas.cluster.ClusterRegister#revoke}, so the register stays the one source of
 * designations.
 *
 * @param reason the revocation's reason; null for a grant
 */
record RegisterChange(
    boolean grant, DesignationKind kind, LocalDate on, String document, String reason) {}

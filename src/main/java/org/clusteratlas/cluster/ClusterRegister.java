package org.clusteratlas.cluster;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The register of clusters and their designations. */
public interface ClusterRegister {

  /**
   * Registers a new cluster with the id it carries (or the next free one when its id is null),
   * after checking that every host, the leading industry and the chains are known.
   */
  ClusterId register(Cluster cluster);

  Optional<Cluster> find(ClusterId id);

  /** Every cluster, in id order. */
  List<Cluster> all();

  void grant(ClusterId id, DesignationKind kind, LocalDate on, String document);

  void revoke(ClusterId id, DesignationKind kind, LocalDate on, String document, String reason);

  /**
   * The clusters that held {@code kind} on {@code date} (granted on or before, not yet revoked).
   */
  Set<ClusterId> holdersOn(DesignationKind kind, LocalDate date);
}

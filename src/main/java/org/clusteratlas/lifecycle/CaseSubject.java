package org.clusteratlas.lifecycle;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.clusteratlas.cluster.ClusterId;
import org.clusteratlas.cluster.DesignationKind;

/**
 * The cluster a case is about, as the register and this module know it when a step is taken.
 *
 * @param hostRegions the GB/T 2260 code of each host (a development zone's region for a zone)
 * @param held the designations the cluster holds now, with the day each was granted
 * @param openCases the cluster's open lifecycle cases, by kind
 */
public record CaseSubject(
    ClusterId cluster,
    String name,
    List<String> hostRegions,
    Map<DesignationKind, LocalDate> held,
    Map<DesignationKind, Long> openCases) {

  public CaseSubject {
    Objects.requireNonNull(cluster, "cluster");
    hostRegions = List.copyOf(hostRegions);
    held = Map.copyOf(held);
    openCases = Map.copyOf(openCases);
  }

  public boolean holds(DesignationKind kind) {
    return held.containsKey(kind);
  }
}

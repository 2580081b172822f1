package org.clusteratlas.lifecycle;

import java.util.List;

/** A cluster's lifecycle cases, oldest first. */
public record ClusterCases(CaseSubject subject, List<LifecycleCase> cases) {

  public ClusterCases {
    cases = List.copyOf(cases);
  }
}

package org.clusteratlas.eligibility;

import java.util.List;

/**
 * One cluster against every ladder in a year.
 *
 * @param ladders per ladder whether the cluster holds its designation already and, in any case, its
 *     verdicts (the rung below among them)
 */
public record ClusterEligibility(
    int year, long clusterId, String name, String criteriaVersion, List<LadderCheck> ladders) {

  public ClusterEligibility {
    ladders = List.copyOf(ladders);
  }

  /**
   * One ladder for the cluster.
   *
   * @param holds whether the cluster held the ladder's designation on 31 December
   * @param check its verdicts; {@code couldApply} only when it does not hold it yet
   */
  public record LadderCheck(
      Ladder ladder,
      String source,
      boolean reconstructed,
      List<String> rules,
      boolean holds,
      Candidate check) {

    public LadderCheck {
      rules = List.copyOf(rules);
    }
  }
}

package org.clusteratlas.eligibility;

import java.util.List;

/**
 * One cluster checked against one ladder's criteria: every criterion's verdict in the criteria's
 * order, whether it could apply (every criterion met) and the ids of the criteria it still lacks
 * (not met or unknown).
 */
public record Candidate(
    long clusterId,
    String name,
    List<RuleResult> verdicts,
    boolean couldApply,
    List<String> lacking) {

  public Candidate {
    verdicts = List.copyOf(verdicts);
    lacking = List.copyOf(lacking);
  }

  static Candidate of(long clusterId, String name, List<RuleResult> verdicts) {
    List<String> lacking =
        verdicts.stream().filter(v -> v.verdict() != Verdict.MET).map(RuleResult::rule).toList();
    return new Candidate(clusterId, name, verdicts, lacking.isEmpty(), lacking);
  }

  /** The verdict of criterion {@code rule}, or null when the ladder has no such criterion. */
  public RuleResult verdict(String rule) {
    return verdicts.stream().filter(v -> v.rule().equals(rule)).findFirst().orElse(null);
  }
}

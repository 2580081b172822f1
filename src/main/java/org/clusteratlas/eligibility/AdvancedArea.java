package org.clusteratlas.eligibility;

/**
 * Chain in an advanced manufacturing area (reconstructed criterion: the province's and the nation's
 * advanced manufacturing clusters are built along the six areas of the '1269' action plan,
 * 赣府字〔2023〕40号, DOMAIN.md §2): the cluster's chain is registered in one of the six areas ({@code
 * cluster.advanced_area_code}). The register always answers: a cluster without an area fails.
 */
record AdvancedArea() implements Criterion {

  static final String ID = "advanced-area";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public RuleResult check(ClusterFacts facts) {
    return facts.advancedArea() == null
        ? RuleResult.notMet(ID, "not-met")
        : RuleResult.met(ID, "met", facts.advancedArea().names());
  }
}

package org.clusteratlas.eligibility;

import org.clusteratlas.cluster.DesignationKind;

/**
 * Holds the rung below: a cluster applies for a ladder's designation only while it holds the one
 * beneath it on 31 December of the year (DOMAIN.md §2: provincial before national SME
 * characteristic or provincial advanced manufacturing; provincial advanced manufacturing before
 * national advanced manufacturing). The register always answers: never unknown.
 */
record HoldsRung(DesignationKind rung) implements Criterion {

  static final String ID = "rung";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public RuleResult check(ClusterFacts facts) {
    Reason.Term name = new Reason.Term("designation." + rung.code());
    String year = String.valueOf(facts.year());
    return facts.held().contains(rung)
        ? RuleResult.met(ID, "met", year, name)
        : RuleResult.notMet(ID, "not-met", year, name);
  }
}

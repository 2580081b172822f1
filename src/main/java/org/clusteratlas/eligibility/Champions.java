package org.clusteratlas.eligibility;

import org.clusteratlas.indicator.MemberRecord;

/**
 * Outstanding firms (MIIT 2022 criteria, DOMAIN.md §5: “≥ 1 single-champion or 'little giant' firm,
 * or ≥ 10 specialised-innovative or high-tech SMEs”): met when the members include at least {@code
 * minChampionsOrGiants} 专精特新“小巨人” firms, or the cluster declared at least that many single
 * champions (单项冠军, declared in the self-report), or at least {@code minSmes} members are SMEs
 * ({@link SmeClassification}) flagged 专精特新 or 高新技术企业. Flags are the register's, as they are now.
 *
 * <p>Missing data: when the little giants and the certain SMEs fall short, the verdict is unknown
 * if single champions were not declared, or if members that cannot be classified would make up the
 * number; otherwise not met.
 */
record Champions(int minChampionsOrGiants, int minSmes) implements Criterion {

  static final String ID = "champions";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public RuleResult check(ClusterFacts facts) {
    int giants = 0;
    int smes = 0;
    int unclassified = 0;
    for (MemberRecord m : facts.members()) {
      if (m.littleGiant()) {
        giants++;
      }
      if (m.specialised() || m.highTech()) {
        switch (SmeClassification.of(m.employees(), m.revenue())) {
          case SME -> smes++;
          case UNCLASSIFIED -> unclassified++;
          case LARGE -> {}
        }
      }
    }
    Integer champions = facts.singleChampions();
    String least = String.valueOf(minChampionsOrGiants);
    String enough = String.valueOf(minSmes);
    if (giants >= minChampionsOrGiants) {
      return RuleResult.met(ID, "giants", String.valueOf(giants), least);
    }
    if (champions != null && champions >= minChampionsOrGiants) {
      return RuleResult.met(ID, "champions", String.valueOf(champions), least);
    }
    if (smes >= minSmes) {
      return RuleResult.met(ID, "smes", String.valueOf(smes), enough);
    }
    if (smes + unclassified >= minSmes) {
      return RuleResult.unknown(
          ID, "unclassified", String.valueOf(smes), String.valueOf(unclassified), enough);
    }
    if (champions == null) {
      return RuleResult.unknown(ID, "not-declared", String.valueOf(smes), enough);
    }
    return RuleResult.notMet(ID, "not-met", String.valueOf(smes), enough);
  }
}

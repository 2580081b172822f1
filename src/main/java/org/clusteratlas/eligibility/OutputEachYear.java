package org.clusteratlas.eligibility;

import java.math.BigDecimal;

/**
 * Output in each of the last years (MIIT 2022 criteria, DOMAIN.md §5: “output ≥ 4 bn yuan in each
 * of the last 3 years”): Σ 工业总产值 of the cluster's members in each year's frame is at least {@code
 * minWan} 万元 (40 亿元 = 400,000 万元; at least: exactly 40 亿元 is met) in each of the {@code years}
 * years ending with the board's year.
 *
 * <p>Missing data: a year in which no member reported output cannot be judged; the verdict is not
 * met as soon as one year with reports falls short, else unknown naming the first year without
 * reports.
 */
record OutputEachYear(BigDecimal minWan, int years) implements Criterion {

  static final String ID = "output-3y";

  OutputEachYear {
    if (years < 1) {
      throw new IllegalArgumentException("years must be at least 1: " + years);
    }
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public RuleResult check(ClusterFacts facts) {
    int first = facts.year() - years + 1;
    Integer missing = null;
    Integer lowestYear = null;
    BigDecimal lowest = null;
    for (int y = first; y <= facts.year(); y++) {
      BigDecimal output = facts.outputByYear().get(y);
      if (output == null) {
        missing = missing == null ? y : missing;
        continue;
      }
      if (output.compareTo(minWan) < 0) {
        return RuleResult.notMet(
            ID, "not-met", String.valueOf(y), Figures.yi(output), Figures.yi(minWan));
      }
      if (lowest == null || output.compareTo(lowest) < 0) {
        lowest = output;
        lowestYear = y;
      }
    }
    if (missing != null) {
      return RuleResult.unknown(ID, "no-reports", String.valueOf(missing));
    }
    return RuleResult.met(
        ID,
        "met",
        String.valueOf(first),
        String.valueOf(facts.year()),
        Figures.yi(minWan),
        String.valueOf(lowestYear),
        Figures.yi(lowest));
  }
}

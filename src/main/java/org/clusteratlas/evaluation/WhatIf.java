package org.clusteratlas.evaluation;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Changes to try on a year's latest evaluation without saving anything: new weights by indicator
 * code (at any level; see {@link Scheme#withChanges}) and new grade cut-offs (null to keep the
 * scheme's).
 */
public record WhatIf(Map<String, BigDecimal> weights, GradeCutoffs cutoffs) {

  public WhatIf {
    weights = weights == null ? Map.of() : Map.copyOf(weights);
  }
}

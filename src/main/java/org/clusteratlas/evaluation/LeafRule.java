package org.clusteratlas.evaluation;

import java.util.Objects;

/**
 * How a leaf indicator is scored: where its raw value comes from, how it is normalised to 0–100,
 * which direction is better, and what a missing value scores (0–100). Checked, with the leaf's code
 * in the message, by {@link SchemeIndicator}.
 */
public record LeafRule(
    Source source,
    Normalisation normalisation,
    Direction direction,
    java.math.BigDecimal missingScore) {

  public LeafRule {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(normalisation, "normalisation");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(missingScore, "missingScore");
  }
}

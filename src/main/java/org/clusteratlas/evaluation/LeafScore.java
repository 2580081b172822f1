package org.clusteratlas.evaluation;

import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;

/**
 * One leaf's part of a cluster's total: the raw value (null when missing), the normalised score
 * (0–100, two decimals), the leaf's weight and its weighted contribution (normalised × weight /
 * 100, exact), how it was scored, and what the normalisation rested on — the bounds (efficacy,
 * min–max), the step reached (thresholds, as {@code low}) or the rank among how many (rank).
 */
public record LeafScore(
    String code,
    BigDecimal raw,
    BigDecimal normalised,
    BigDecimal weight,
    BigDecimal contribution,
    Basis basis,
    BigDecimal low,
    BigDecimal high,
    Integer cohortRank,
    Integer cohortSize) {

  /** How a leaf's score came about. */
  public enum Basis {
    /** Normalised from the raw value. */
    SCORED("scored"),
    /** The statistic could not be computed from the records: the scheme's missing score. */
    MISSING("missing"),
    /**
     * No annual self-report counted for the cluster as of the run's self-report version (none
     * submitted, or returned and not submitted again): the scheme's missing score.
     */
    SELF_REPORT_MISSING("self_report_missing"),
    /**
     * From the annual self-report, in runs made before it was collected: the scheme's missing
     * score.
     */
    SELF_REPORT_PENDING("self_report_pending");

    private final String code;

    Basis(String code) {
      this.code = code;
    }

    @JsonValue
    public String code() {
      return code;
    }

    public static Basis ofCode(String code) {
      for (Basis b : values()) {
        if (b.code.equals(code)) {
          return b;
        }
      }
      throw new IllegalArgumentException("no basis " + code);
    }
  }
}

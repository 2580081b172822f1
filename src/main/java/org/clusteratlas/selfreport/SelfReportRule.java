package org.clusteratlas.selfreport;

import java.math.BigDecimal;
import org.clusteratlas.collection.Tier;

/**
 * The self-report's edit checks, in the three tiers of the collection module's ({@link Tier}): a
 * hard one refuses the save, naming the field and the value, and nothing is stored; a quasi-hard or
 * verify one is a finding that must be explained before the report may be submitted. Each rule's
 * message, in Chinese and English, is in the {@code i18n/rules} bundles under its id, with the
 * value as {0} and the field's code as {1}. Part of catalogue {@value SelfReportCatalogue#VERSION}.
 */
public enum SelfReportRule {
  // hard: the value, the field, the report
  NOT_A_NUMBER("self-report.not-a-number", Tier.HARD),
  TOO_PRECISE("self-report.precision", Tier.HARD),
  NEGATIVE("self-report.negative", Tier.HARD),
  NOT_WHOLE("self-report.not-whole", Tier.HARD),
  OUT_OF_RANGE("self-report.out-of-range", Tier.HARD),
  UNKNOWN_FIELD("self-report.unknown-field", Tier.HARD),
  DERIVED_FIELD("self-report.derived-field", Tier.HARD),
  YEAR("self-report.year", Tier.HARD),
  CLUSTER_NOT_PROVINCIAL("self-report.cluster-not-provincial", Tier.HARD),
  REQUIRED("self-report.required", Tier.HARD),
  // quasi-hard: values that contradict each other
  RD_INTENSITY_HIGH("self-report.rd-intensity-high", Tier.QUASI_HARD),
  DIGITALISED_WITHOUT_CLOUD("self-report.digitalised-without-cloud", Tier.QUASI_HARD),
  NEW_PLATFORMS_ABOVE_TOTAL("self-report.new-platforms-above-total", Tier.QUASI_HARD),
  FIRMS_SERVED_WITHOUT_PLATFORMS("self-report.firms-served-without-platforms", Tier.QUASI_HARD),
  // verify: against last year's accepted report
  CHANGE_BEYOND_BOUND("self-report.change-beyond-bound", Tier.VERIFY),
  // an explanation that is only a stock phrase (the collection module's rule and test)
  EXPLANATION_BOILERPLATE("explanation.boilerplate", Tier.VERIFY);

  /** {@code self-report.rd-intensity-high}: R&D above this per cent of revenue is implausible. */
  public static final BigDecimal RD_INTENSITY_BOUND = new BigDecimal("20");

  /**
   * {@code self-report.digitalised-without-cloud}: at least this per cent of members digitally
   * transformed while none uses cloud services (上云用云 is part of 数字化改造).
   */
  public static final BigDecimal DIGITALISED_BOUND = new BigDecimal("50");

  /**
   * {@code self-report.change-beyond-bound}: a change of more than this fraction of last year's
   * accepted value needs an explanation (50 %) …
   */
  public static final BigDecimal CHANGE_BOUND = new BigDecimal("0.50");

  /** … when it is also at least this many (a count: 2 → 4 platforms is not news) … */
  public static final BigDecimal COUNT_CHANGE_FLOOR = new BigDecimal("3");

  /** … or this many percentage points (a share or a rate). */
  public static final BigDecimal PERCENT_CHANGE_FLOOR = new BigDecimal("5");

  private final String id;
  private final Tier tier;

  SelfReportRule(String id, Tier tier) {
    this.id = id;
    this.tier = tier;
  }

  public String id() {
    return id;
  }

  public Tier tier() {
    return tier;
  }
}

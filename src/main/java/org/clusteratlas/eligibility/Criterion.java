package org.clusteratlas.eligibility;

/**
 * One named criterion of a ladder: a pure function from a cluster's facts to a verdict and its
 * reason. Each implementation states in its Javadoc the criterion, its source and what missing data
 * does; its thresholds come from the versioned criteria ({@link Criteria}).
 */
interface Criterion {

  /** The criterion's id, e.g. {@code sme-share}: the key of its column and of its messages. */
  String id();

  RuleResult check(ClusterFacts facts);
}

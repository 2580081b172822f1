package org.clusteratlas.cluster;

import org.clusteratlas.shared.RuleViolation;

/** The register's id of a cluster. */
public record ClusterId(long value) {

  public ClusterId {
    if (value <= 0) {
      throw new RuleViolation("cluster-id.positive", value);
    }
  }

  public static ClusterId parse(String text) {
    try {
      return new ClusterId(Long.parseLong(text.strip()));
    } catch (NumberFormatException e) {
      throw new RuleViolation("cluster-id.format", text);
    }
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}

package org.clusteratlas.selfreport;

import java.util.List;
import org.clusteratlas.shared.RuleViolation;

/**
 * A submission refused because findings of the checks have no explanation ({@code
 * self-report.findings-unexplained}): the count, the fields, and the findings themselves, for the
 * API's problem detail and the form to show next to their fields.
 */
public final class UnexplainedFindings extends RuleViolation {

  private final transient List<Finding> findings;

  UnexplainedFindings(List<Finding> findings) {
    super(
        "self-report.findings-unexplained",
        findings.size(),
        String.join(", ", findings.stream().map(Finding::field).distinct().toList()));
    this.findings = List.copyOf(findings);
  }

  public List<Finding> findings() {
    return findings;
  }
}

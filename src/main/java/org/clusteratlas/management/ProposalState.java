package org.clusteratlas.management;

import java.util.Arrays;
import java.util.Locale;
import org.clusteratlas.shared.RuleViolation;

/**
 * Where a proposal stands: open until a person confirms or rejects it, or a later run supersedes
 * it.
 */
public enum ProposalState {
  OPEN,
  CONFIRMED,
  REJECTED,
  SUPERSEDED;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ProposalState ofCode(String code) {
    return Arrays.stream(values())
        .filter(s -> s.code().equals(code))
        .findFirst()
        .orElseThrow(
            () ->
                new RuleViolation(
                    "management.state",
                    code,
                    String.join(", ", Arrays.stream(values()).map(ProposalState::code).toList())));
  }
}

package org.clusteratlas.selfreport;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.clusteratlas.collection.Tier;
import org.clusteratlas.shared.RuleViolation;

/**
 * A quasi-hard or verify finding of the self-report's checks on one field: it must be explained
 * before the report may be submitted.
 *
 * @param arguments the message's arguments after the value and the field (bounds, last year's value
 *     …), as plain text
 */
public record Finding(String field, SelfReportRule rule, BigDecimal value, List<String> arguments) {

  public Finding {
    arguments = List.copyOf(arguments);
  }

  public Tier tier() {
    return rule.tier();
  }

  /** The rule's id, e.g. {@code self-report.rd-intensity-high}. */
  public String ruleId() {
    return rule.id();
  }

  /** What the finding says, in {@code locale}. */
  public String message(Locale locale) {
    Object[] rest = new Object[arguments.size() + 1];
    rest[0] = field;
    for (int i = 0; i < arguments.size(); i++) {
      rest[i + 1] = arguments.get(i);
    }
    return new RuleViolation(rule.id(), value.toPlainString(), rest).message(locale);
  }
}

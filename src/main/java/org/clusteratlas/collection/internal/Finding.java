package org.clusteratlas.collection.internal;

import java.util.Locale;
import org.clusteratlas.collection.Problem;
import org.clusteratlas.collection.Tier;
import org.clusteratlas.shared.RuleViolation;

/**
 * A problem found by an import, before it is rendered in a language: the rule, where, the raw
 * value, the message's further arguments, and for findings about a stored report, which one.
 */
record Finding(
    String rule,
    Tier tier,
    String sheet,
    int row,
    String column,
    String raw,
    String[] arguments,
    int enterpriseId,
    int year,
    int month,
    String regionCode,
    String explanation,
    boolean explained) {

  Finding {
    raw = raw == null ? "" : raw;
    column = column == null ? "" : column;
    sheet = sheet == null ? "" : sheet;
  }

  String message(Locale locale) {
    return new RuleViolation(rule, raw, (Object[]) arguments).message(locale);
  }

  Problem toProblem(Locale locale) {
    return new Problem(
        sheet, row, column, raw, rule, tier, message(locale), explanation, explained);
  }
}

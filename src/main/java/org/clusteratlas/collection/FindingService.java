package org.clusteratlas.collection;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.clusteratlas.shared.Actor;
import org.clusteratlas.shared.ReportingPeriod;

/** The quasi-hard findings of applied imports, open until cleared. */
public interface FindingService {

  /** The open findings of a period in a region (a city with its counties, 360000 for all). */
  List<OpenFinding> open(ReportingPeriod period, String regionCode, Locale locale);

  /**
   * Clears an open finding with a written reason (a boilerplate such as “核实无误” is refused); only
   * the province administrator or the bureau of the finding's region may.
   */
  OpenFinding clear(long id, Actor actor, String reason, Locale locale);

  /** A finding as listed: where it came from, the rule, the message, and its state. */
  record OpenFinding(
      long id,
      long importId,
      String period,
      String creditCode,
      String regionCode,
      int row,
      String column,
      String value,
      String rule,
      Tier tier,
      String message,
      String status,
      String clearedBy,
      Instant clearedAt,
      String clearedReason) {}
}

package org.clusteratlas.export;

import java.util.Objects;
import org.clusteratlas.shared.ReportingPeriod;
import org.clusteratlas.shared.RuleViolation;

/**
 * A checked request for one export: the kind and, where it needs one or the caller gave one, the
 * year. Built before any data is read, so that refused input is reported as a rule (exit code 2,
 * HTTP 400) and never as a half-written file.
 *
 * @param year the year, or null for the whole history of {@code clusters}, {@code designations} and
 *     {@code memberships} (for them a year only names the file)
 */
public record ExportRequest(ExportKind what, Integer year) {

  public ExportRequest {
    Objects.requireNonNull(what, "what");
    if (year != null) {
      ReportingPeriod.annual(year);
    } else if (what.requiresYear()) {
      throw new RuleViolation("export.year-missing", what.code());
    }
  }

  /** Parses the export's code and checks the year; refused with a rule id otherwise. */
  public static ExportRequest of(String what, Integer year) {
    return new ExportRequest(ExportKind.ofCode(what), year);
  }

  /** {@code W-Y.csv}, or {@code W.csv} without a year. */
  public String fileName() {
    return what.code() + (year == null ? "" : "-" + year) + ".csv";
  }
}

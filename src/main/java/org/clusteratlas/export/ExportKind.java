package org.clusteratlas.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.clusteratlas.shared.RuleViolation;

/** What can be exported; the code is the {@code W} of {@code /api/v1/exports/{W}}. */
public enum ExportKind {
  CLUSTERS("clusters", false),
  DESIGNATIONS("designations", false),
  ENTERPRISES("enterprises", true),
  MEMBERSHIPS("memberships", false),
  REPORTS("reports", true),
  INDICATORS("indicators", true);

  private final String code;
  private final boolean requiresYear;

  ExportKind(String code, boolean requiresYear) {
    this.code = code;
    this.requiresYear = requiresYear;
  }

  public String code() {
    return code;
  }

  /**
   * Whether the export is of one year (a frame, a year's reports or figures); the others hold the
   * register's whole history with its dates.
   */
  public boolean requiresYear() {
    return requiresYear;
  }

  /** The kind with this code (case-insensitive); refused with the list of codes otherwise. */
  public static ExportKind ofCode(String code) {
    String wanted = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(k -> k.code.equals(wanted))
        .findFirst()
        .orElseThrow(
            () ->
                new RuleViolation(
                    "export.unknown-what",
                    code,
                    Arrays.stream(values())
                        .map(ExportKind::code)
                        .collect(Collectors.joining(", "))));
  }
}

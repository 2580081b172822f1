package org.clusteratlas.selfreport;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Where a self-report stands: draft (saved, not submitted) → submitted → accepted or returned; a
 * returned report becomes a draft again when it is edited, and may be submitted again. {@link
 * #NOT_STARTED} is never stored: it is what a cluster's report is before its first save.
 */
public enum ReportState {
  NOT_STARTED,
  DRAFT,
  SUBMITTED,
  ACCEPTED,
  RETURNED;

  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  static ReportState ofId(String id) {
    return valueOf(id.toUpperCase(Locale.ROOT));
  }

  /** Whether the evaluation counts the report's latest submission. */
  public boolean counts() {
    return this == SUBMITTED || this == ACCEPTED;
  }

  /** Whether its organisation (or bureau) may still change and submit it. */
  public boolean editable() {
    return this == NOT_STARTED || this == DRAFT || this == RETURNED;
  }
}

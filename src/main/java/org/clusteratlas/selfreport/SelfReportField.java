package org.clusteratlas.selfreport;

import java.math.BigDecimal;

/**
 * One field of the annual self-report form: its code (as a scheme's {@code self_report:<code>}
 * names it), its type, unit and the first-level indicator it is shown under. Its label and hint are
 * in the message bundles ({@code selfreport.field.<code>}, {@code selfreport.hint.<code>}).
 *
 * @param group the first-level indicator of the evaluation scheme it feeds ({@code projects} …
 *     {@code policy}), or {@code facts} for the facts the eligibility checks need
 * @param unit the unit as shown, e.g. {@code 个}, {@code 亿元}, {@code %}; empty for a stage or yes/no
 * @param max the greatest value accepted, or null for the type's own bound
 * @param derived true when the platform fills it in (not typed on the form): whether the report was
 *     submitted on time
 */
public record SelfReportField(
    String code, FieldType type, String unit, String group, BigDecimal max, boolean derived) {

  /** The greatest value accepted: the field's own bound, else its type's (null: unbounded). */
  public BigDecimal upperBound() {
    return max != null ? max : type.max();
  }

  /** The message key of its label. */
  public String labelKey() {
    return "selfreport.field." + code;
  }
}

package org.clusteratlas.statistics;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One value a report has had: the values, the data version that wrote them (who, when, why), and
 * the reporter's explanation and lateness where known.
 */
public record ReportVersion(
    long dataVersion,
    Instant writtenAt,
    String writtenBy,
    String reason,
    BigDecimal value,
    BigDecimal samePeriodLastYear,
    String explanation,
    boolean current) {}

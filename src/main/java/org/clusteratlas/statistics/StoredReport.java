package org.clusteratlas.statistics;

import java.math.BigDecimal;

/**
 * A report as stored: the enterprise and indicator ids, the values (either may be missing) and the
 * version that wrote them.
 */
public record StoredReport(
    int enterpriseId,
    short indicatorId,
    BigDecimal value,
    BigDecimal samePeriodLastYear,
    long version) {}

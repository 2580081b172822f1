package org.clusteratlas.indicator;

import java.math.BigDecimal;

/**
 * One member enterprise of a cluster in one period, with what a ladder's criteria look at: its
 * industry division, its flags (as the register holds them now) and its year-to-date report of
 * 营业收入, 工业总产值 (each with the same period last year) and 从业人员平均人数. Amounts in 万元, employees in
 * persons; any value the enterprise did not report is null.
 *
 * @param industry the GB/T 4754-2017 division (two digits) the enterprise is registered under
 */
public record MemberRecord(
    int enterpriseId,
    String industry,
    boolean specialised,
    boolean littleGiant,
    boolean highTech,
    BigDecimal revenue,
    BigDecimal revenueLastYear,
    BigDecimal output,
    BigDecimal outputLastYear,
    BigDecimal employees) {}

package org.clusteratlas.eligibility;

import java.math.BigDecimal;

/**
 * An industrial enterprise's size by the national standard for small and medium enterprises
 * (工业和信息化部 国家统计局 国家发展改革委 财政部《关于印发中小企业划型标准规定的通知》, 工信部联企业〔2011〕300号), row 工业: an enterprise with
 * fewer than 1000 employees (从业人员) <em>or</em> less than 40000 万元 of operating revenue (营业收入) is
 * small, medium or micro (SME); so it is large when it has both 1000 employees or more <em>and</em>
 * 40000 万元 of revenue or more.
 *
 * <p>Units: employees in persons (从业人员平均人数), revenue in 万元. Missing data: one figure below its
 * threshold already makes an SME, whatever the other; an enterprise with neither figure below and
 * one of them missing cannot be classified ({@link Size#UNCLASSIFIED}).
 */
final class SmeClassification {

  static final BigDecimal LARGE_EMPLOYEES = BigDecimal.valueOf(1000);
  static final BigDecimal LARGE_REVENUE_WAN = BigDecimal.valueOf(40_000);

  /** The classes the standard gives an industrial enterprise, and “cannot tell”. */
  enum Size {
    LARGE,
    SME,
    UNCLASSIFIED
  }

  private SmeClassification() {}

  static Size of(BigDecimal employees, BigDecimal revenueWan) {
    boolean smallByEmployees = employees != null && employees.compareTo(LARGE_EMPLOYEES) < 0;
    boolean smallByRevenue = revenueWan != null && revenueWan.compareTo(LARGE_REVENUE_WAN) < 0;
    if (smallByEmployees || smallByRevenue) {
      return Size.SME;
    }
    return employees == null || revenueWan == null ? Size.UNCLASSIFIED : Size.LARGE;
  }
}

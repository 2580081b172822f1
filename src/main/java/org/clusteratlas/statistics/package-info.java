/**
 * Enterprise statistics: the catalogue of indicators (营业收入, 利润总额, 工业总产值, 出口交货值, 从业人员平均人数, R&D经费,
 * open to more) and the year-to-date (1–N月累计) reports of each enterprise and month, each carrying
 * this year's value and the same period last year (上年同期), in the indicator's unit (万元 for amounts).
 * A blank value is stored as missing, never as zero.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Enterprise statistics")
package org.clusteratlas.statistics;

package org.clusteratlas.statistics;

/**
 * An indicator of the catalogue.
 *
 * @param unit {@code 万元} for amounts, {@code 人} for headcounts
 * @param mayBeNegative whether a negative value is valid (profit may be; revenue may not)
 */
public record IndicatorDefinition(
    short id,
    IndicatorCode code,
    String nameZh,
    String nameEn,
    String unit,
    boolean mayBeNegative) {}

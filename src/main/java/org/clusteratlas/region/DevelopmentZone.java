package org.clusteratlas.region;

/**
 * A development zone (开发区) hosting clusters. GB/T 2260 does not code zones, so the code is the
 * platform's own: {@code DZ} + the host division's code + a two-digit sequence.
 */
public record DevelopmentZone(
    String code, String name, String shortName, String kind, RegionCode parent) {}

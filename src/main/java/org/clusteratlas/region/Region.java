package org.clusteratlas.region;

/** A division with its name, level and parent (null for a province). */
public record Region(RegionCode code, String name, Level level, RegionCode parent) {

  public enum Level {
    PROVINCE,
    CITY,
    COUNTY,
    EXTERNAL_PROVINCE
  }
}

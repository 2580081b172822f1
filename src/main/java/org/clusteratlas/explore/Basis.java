package org.clusteratlas.explore;

/** Which figures a row shows its reader, and why some are missing. */
public enum Basis {
  /** The current reports: the reader's scope covers the cluster, or sees every cluster. */
  CURRENT,
  /** The reports as they stood when the year's bulletin was published. */
  PUBLISHED,
  /** Hidden: the figures rest on fewer than three enterprises. */
  SUPPRESSED,
  /** Hidden: the year is not published and the reader's scope does not cover the cluster. */
  UNPUBLISHED,
  /** The cluster had no member in the year's frame. */
  NO_DATA;

  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** Whether rows on this basis carry figures. */
  public boolean showsFigures() {
    return this == CURRENT || this == PUBLISHED;
  }
}

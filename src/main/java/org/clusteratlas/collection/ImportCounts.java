package org.clusteratlas.collection;

/**
 * What became of the file's data rows: {@code read = inserted + updated + unchanged + rejected}. A
 * row is rejected when the file was not applied (refused or held for explanations: then every row
 * is, as nothing was stored) ; {@code rowsWithProblems} says how many rows the problems name, and
 * {@code late} how many stored rows came after their period's reporting window (迟报).
 */
public record ImportCounts(
    long read,
    long inserted,
    long updated,
    long unchanged,
    long rejected,
    long rowsWithProblems,
    long late) {

  public ImportCounts {
    if (read != inserted + updated + unchanged + rejected) {
      throw new IllegalArgumentException("counts do not add up: " + this);
    }
  }
}

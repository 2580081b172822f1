package org.clusteratlas.collection;

/**
 * How far a running import is: the phase ({@code reading}, {@code checking}, {@code writing},
 * {@code done}), rows read, and bytes read of the file's total, from which the percentage.
 */
public record ImportProgress(
    long id, String phase, long rowsRead, long bytesRead, long totalBytes, ImportStatus status) {

  public int percent() {
    if ("done".equals(phase)) {
      return 100;
    }
    return totalBytes <= 0 ? 0 : (int) Math.min(99, bytesRead * 100 / totalBytes);
  }
}

package org.clusteratlas.explore;

import java.util.Map;

/**
 * What a query's answer depends on besides its arguments, read in one statement: the data version,
 * a fingerprint of the register (clusters, hosts and designations) and the published years with the
 * data version each was published from.
 */
record Snapshot(long dataVersion, String register, Map<Integer, Long> publications) {

  Snapshot {
    publications = Map.copyOf(publications);
  }

  boolean published(int year) {
    return publications.containsKey(year);
  }
}

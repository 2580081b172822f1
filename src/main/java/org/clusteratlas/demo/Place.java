package org.clusteratlas.demo;

import java.util.List;
import java.util.SplittableRandom;
import org.clusteratlas.region.RegionCode;

/**
 * Where a cluster's firms are: the city (first four digits of its code) and the county-level
 * divisions they may be registered in.
 */
record Place(String city, List<RegionCode> counties) {

  RegionCode county(SplittableRandom rng) {
    return counties.get(rng.nextInt(counties.size()));
  }
}

package org.clusteratlas.region;

import java.util.List;
import java.util.Optional;

/** Looks up regions and development zones. */
public interface RegionDirectory {

  Optional<Region> region(RegionCode code);

  Optional<DevelopmentZone> zone(String code);

  /** The province's cities, in code order. */
  List<Region> cities();

  /** Every division of the province (province, cities, counties), in code order. */
  List<Region> provinceRegions();
}

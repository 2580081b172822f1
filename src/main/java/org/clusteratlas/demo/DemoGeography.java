package org.clusteratlas.demo;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.clusteratlas.region.Region;
import org.clusteratlas.region.RegionCode;
import org.clusteratlas.region.RegionDirectory;

/** The province's divisions as the generator needs them, read once from the region directory. */
final class DemoGeography {

  private final RegionDirectory regions;
  private final List<RegionCode> counties;
  private final Map<String, String> names;

  DemoGeography(RegionDirectory regions) {
    this.regions = regions;
    List<Region> all = regions.provinceRegions();
    this.counties =
        all.stream().filter(r -> r.level() == Region.Level.COUNTY).map(Region::code).toList();
    this.names = all.stream().collect(Collectors.toMap(r -> r.code().value(), Region::name));
    if (counties.isEmpty()) {
      throw new IllegalStateException(
          "the region directory has no counties: reference data missing");
    }
  }

  List<RegionCode> counties() {
    return counties;
  }

  /** The place of a host: a county itself, or the counties of a city or of a zone's parent. */
  Place place(String hostCode) {
    String code =
        hostCode.startsWith("DZ")
            ? regions
                .zone(hostCode)
                .orElseThrow(() -> new IllegalStateException("unknown zone " + hostCode))
                .parent()
                .value()
            : hostCode;
    String city = code.substring(0, 4);
    if (code.endsWith("00")) {
      List<RegionCode> inCity = counties.stream().filter(c -> c.value().startsWith(city)).toList();
      return new Place(city, inCity);
    }
    return new Place(city, List.of(new RegionCode(code)));
  }

  /** A county's name as a firm's name starts with it: 贵溪市 → 贵溪, 南昌县 → 南昌. */
  String placeName(RegionCode county) {
    String name = names.get(county.value());
    return name.length() > 2 ? name.substring(0, name.length() - 1) : name;
  }

  String cityName(String city) {
    return names.get(city + "00");
  }
}

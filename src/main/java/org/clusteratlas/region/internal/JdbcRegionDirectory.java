package org.clusteratlas.region.internal;

import java.util.List;
import java.util.Optional;
import org.clusteratlas.region.DevelopmentZone;
import org.clusteratlas.region.Region;
import org.clusteratlas.region.RegionCode;
import org.clusteratlas.region.RegionDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

@Service
class JdbcRegionDirectory implements RegionDirectory {

  private final JdbcClient jdbc;

  JdbcRegionDirectory(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<Region> region(RegionCode code) {
    return jdbc.sql("select code, name, level, parent_code from region where code = ?")
        .param(code.value())
        .query(JdbcRegionDirectory::region)
        .optional();
  }

  @Override
  public Optional<DevelopmentZone> zone(String code) {
    return jdbc.sql(
            "select code, name, short_name, kind, parent_region_code from development_zone"
                + " where code = ?")
        .param(code)
        .query(
            (rs, n) ->
                new DevelopmentZone(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    new RegionCode(rs.getString(5))))
        .optional();
  }

  @Override
  public List<Region> cities() {
    return jdbc.sql(
            "select code, name, level, parent_code from region where level = 'city' order by code")
        .query(JdbcRegionDirectory::region)
        .list();
  }

  @Override
  public List<Region> provinceRegions() {
    return jdbc.sql(
            "select code, name, level, parent_code from region"
                + " where level in ('province', 'city', 'county') order by code")
        .query(JdbcRegionDirectory::region)
        .list();
  }

  private static Region region(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    String parent = rs.getString(4);
    return new Region(
        new RegionCode(rs.getString(1)),
        rs.getString(2),
        Region.Level.valueOf(rs.getString(3).toUpperCase(java.util.Locale.ROOT)),
        parent == null ? null : new RegionCode(parent));
  }
}

package db.migration;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Loads the shipped reference data once: GB/T 2260 regions, development zones, GB/T 4754-2017
 * industry divisions and the province's industrial chains (sources and licences in {@code
 * reference/SOURCES.md}). Afterwards the rows are ordinary data that may be edited.
 */
public class V2__Reference_data extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    load(
        connection,
        "reference/regions.csv",
        "insert into region (code, name, level, parent_code) values (?, ?, ?, ?)",
        List.of("code", "name", "level", "parent_code"));
    load(
        connection,
        "reference/development_zones.csv",
        "insert into development_zone (code, name, short_name, kind, parent_region_code)"
            + " values (?, ?, ?, ?, ?)",
        List.of("code", "name", "short_name", "kind", "parent_region_code"));
    load(
        connection,
        "reference/industry_divisions.csv",
        "insert into industry_division (code, name_zh, name_en, section) values (?, ?, ?, ?)",
        List.of("code", "name_zh", "name_en", "section"));
    load(
        connection,
        "reference/industrial_chains.csv",
        "insert into industrial_chain (code, name_zh, name_en, kind) values (?, ?, ?, ?)",
        List.of("code", "name_zh", "name_en", "kind"));
  }

  private static void load(Connection connection, String resource, String sql, List<String> columns)
      throws IOException, SQLException {
    try (InputStream in = V2__Reference_data.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("reference data file missing from the jar: " + resource);
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
          PreparedStatement insert = connection.prepareStatement(sql)) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        for (CSVRecord row : format.parse(reader)) {
          for (int i = 0; i < columns.size(); i++) {
            String value = row.get(columns.get(i)).strip();
            insert.setString(i + 1, value.isEmpty() ? null : value);
          }
          insert.addBatch();
        }
        insert.executeBatch();
      }
    }
  }
}

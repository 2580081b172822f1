package org.clusteratlas.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * One cluster of the demo register as listed in {@code demo/clusters.csv} (current clusters) or
 * {@code demo/exited_clusters.csv} (clusters whose provincial designation ended in 2024).
 *
 * @param hints {@code over_100bn}, {@code over_50bn}, {@code national_sme}, {@code
 *     national_advanced}
 * @param revenue2025Yi the 2025 revenue the generator aims at, in 亿元, or null to draw one
 * @param mergedInto for an exited cluster, the cluster its members moved to, or null
 * @param exitReason for an exited cluster, why its designation was revoked
 */
record ClusterSpec(
    String name,
    List<String> hosts,
    String industry,
    String chain,
    String advancedArea,
    Set<String> hints,
    BigDecimal revenue2025Yi,
    String mergedInto,
    String exitReason) {

  boolean exited() {
    return exitReason != null;
  }

  boolean nationalAdvanced() {
    return hints.contains("national_advanced");
  }

  static List<ClusterSpec> current() {
    List<ClusterSpec> specs = new ArrayList<>();
    for (CSVRecord r : read("demo/clusters.csv")) {
      String target = r.get("revenue_2025_yi").strip();
      specs.add(
          new ClusterSpec(
              r.get("name"),
              hosts(r.get("host_codes")),
              r.get("industry_code"),
              blankToNull(r.get("chain_code")),
              blankToNull(r.get("advanced_area_code")),
              Arrays.stream(r.get("kind_hint").split("\\|"))
                  .map(String::strip)
                  .filter(s -> !s.isEmpty())
                  .collect(Collectors.toUnmodifiableSet()),
              target.isEmpty() ? null : new BigDecimal(target),
              null,
              null));
    }
    return specs;
  }

  static List<ClusterSpec> exitedIn2024() {
    List<ClusterSpec> specs = new ArrayList<>();
    for (CSVRecord r : read("demo/exited_clusters.csv")) {
      specs.add(
          new ClusterSpec(
              r.get("name"),
              hosts(r.get("host_codes")),
              r.get("industry_code"),
              blankToNull(r.get("chain_code")),
              null,
              Set.of(),
              null,
              blankToNull(r.get("merged_into")),
              r.get("reason")));
    }
    return specs;
  }

  private static List<String> hosts(String codes) {
    return Arrays.stream(codes.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static List<CSVRecord> read(String resource) {
    try (InputStream in = ClusterSpec.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("demo data file missing from the jar: " + resource);
      }
      return CSVFormat.DEFAULT
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .get()
          .parse(new InputStreamReader(in, StandardCharsets.UTF_8))
          .getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

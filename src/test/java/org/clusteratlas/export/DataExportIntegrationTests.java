package org.clusteratlas.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.clusteratlas.AtlasIntegrationTest;
import org.clusteratlas.cluster.Cluster;
import org.clusteratlas.cluster.ClusterHost;
import org.clusteratlas.cluster.ClusterId;
import org.clusteratlas.cluster.ClusterRegister;
import org.clusteratlas.cluster.Designation;
import org.clusteratlas.cluster.DesignationKind;
import org.clusteratlas.enterprise.CreditCode;
import org.clusteratlas.enterprise.Enterprise;
import org.clusteratlas.enterprise.EnterpriseRegister;
import org.clusteratlas.enterprise.Membership;
import org.clusteratlas.industry.IndustryCode;
import org.clusteratlas.region.RegionCode;
import org.clusteratlas.shared.ReportingPeriod;
import org.clusteratlas.statistics.EnterpriseReport;
import org.clusteratlas.statistics.IndicatorCode;
import org.clusteratlas.statistics.ReportStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each export's header and a row of a small fixture, inserted through the modules' APIs and rolled
 * back after each test. Rows are looked up by the fixture's ids and codes, so other data in the
 * database (the demo province) does not matter.
 */
@AtlasIntegrationTest
@Transactional
class DataExportIntegrationTests {

  private static final CreditCode IN_FRAME = CreditCode.withCheckCharacter("91360100MA3EXP001");
  private static final CreditCode OUT_OF_FRAME = CreditCode.withCheckCharacter("91360100MA3EXP002");
  private static final LocalDate JOINED = LocalDate.of(2020, 1, 15);

  @Autowired DataExport exports;
  @Autowired ClusterRegister clusters;
  @Autowired EnterpriseRegister enterprises;
  @Autowired ReportStore reports;

  private ClusterId cluster;

  @BeforeEach
  void fixture() {
    cluster =
        clusters.register(
            new Cluster(
                null,
                "测试导出铜加工产业集群",
                List.of(ClusterHost.parse("360123"), ClusterHost.parse("DZ36010001")),
                "32",
                "nonferrous",
                "adv_copper",
                false,
                List.of(
                    new Designation(
                        DesignationKind.MUNICIPAL,
                        LocalDate.of(2018, 5, 1),
                        "洪工信字〔2018〕7号",
                        JOINED,
                        "赣工信字〔2020〕1号",
                        "升为省级产业集群"),
                    Designation.granted(DesignationKind.PROVINCIAL, JOINED, "赣工信字〔2020〕1号"))));
    for (CreditCode code : List.of(IN_FRAME, OUT_OF_FRAME)) {
      enterprises.register(
          new Enterprise(
              code,
              "测试导出企业" + code.value().substring(15),
              new RegionCode("360123"),
              new IndustryCode("32"),
              true,
              false,
              false,
              false));
    }
    enterprises.addToFrame(IN_FRAME, 2025);
    enterprises.join(new Membership(cluster, IN_FRAME, JOINED, null));
    enterprises.join(new Membership(cluster, OUT_OF_FRAME, JOINED, LocalDate.of(2024, 6, 30)));
    ReportingPeriod december = ReportingPeriod.annual(2025);
    reports.record(
        new EnterpriseReport(
            IN_FRAME,
            december,
            IndicatorCode.REVENUE,
            new BigDecimal("10000000.01"),
            new BigDecimal("9000000.00")),
        org.clusteratlas.shared.Actor.provinceAdministrator("test"),
        "test");
    reports.record(
        new EnterpriseReport(
            IN_FRAME,
            december,
            IndicatorCode.PROFIT,
            new BigDecimal("-12.50"),
            new BigDecimal("10.00")),
        org.clusteratlas.shared.Actor.provinceAdministrator("test"),
        "test");
  }

  @Test
  void clusters_export_lists_host_codes_separated_by_semicolons() {
    List<CSVRecord> csv = export("clusters", null);

    assertThat(header(csv))
        .containsExactly(
            "cluster_id",
            "name",
            "host_region_codes",
            "leading_industry",
            "chain",
            "advanced_area",
            "demo");
    assertThat(rowsWhere(csv, 0, cluster.toString()))
        .containsExactly(
            List.of(
                cluster.toString(),
                "测试导出铜加工产业集群",
                "360123;DZ36010001",
                "32",
                "nonferrous",
                "adv_copper",
                "false"));
  }

  @Test
  void designations_export_has_every_designation_with_iso_dates_and_empty_cells_while_held() {
    List<CSVRecord> csv = export("designations", 2025);

    assertThat(header(csv))
        .startsWith("cluster_id", "designation", "granted_on", "revoked_on")
        .containsSubsequence("granted_document", "revocation_document", "revocation_reason");
    assertThat(rowsWhere(csv, 0, cluster.toString()))
        .containsExactly(
            List.of(
                cluster.toString(),
                "municipal",
                "2018-05-01",
                "2020-01-15",
                "洪工信字〔2018〕7号",
                "赣工信字〔2020〕1号",
                "升为省级产业集群"),
            List.of(cluster.toString(), "provincial", "2020-01-15", "", "赣工信字〔2020〕1号", "", ""));
  }

  @Test
  void enterprises_export_marks_only_enterprises_in_the_years_frame_as_above_scale() {
    List<CSVRecord> csv = export("enterprises", 2025);

    assertThat(header(csv))
        .startsWith("credit_code", "name", "region_code", "industry_code", "above_scale")
        .containsSubsequence("specialised", "little_giant", "high_tech", "demo");
    assertThat(rowsWhere(csv, 0, IN_FRAME.value()))
        .containsExactly(
            List.of(
                IN_FRAME.value(),
                "测试导出企业" + IN_FRAME.value().substring(15),
                "360123",
                "32",
                "true",
                "true",
                "false",
                "false",
                "false"));
    assertThat(rowsWhere(csv, 0, OUT_OF_FRAME.value()))
        .singleElement()
        .satisfies(row -> assertThat(row.get(4)).isEqualTo("false"));
    assertThat(rowsWhere(export("enterprises", 2024), 0, IN_FRAME.value()))
        .singleElement()
        .satisfies(row -> assertThat(row.get(4)).isEqualTo("false"));
  }

  @Test
  void memberships_export_writes_an_open_membership_with_an_empty_end_date() {
    List<CSVRecord> csv = export("memberships", null);

    assertThat(header(csv)).startsWith("cluster_id", "credit_code", "valid_from", "valid_to");
    assertThat(rowsWhere(csv, 0, cluster.toString()))
        .containsExactly(
            List.of(cluster.toString(), IN_FRAME.value(), "2020-01-15", ""),
            List.of(cluster.toString(), OUT_OF_FRAME.value(), "2020-01-15", "2024-06-30"));
  }

  @Test
  void reports_export_keeps_a_negative_profit_as_a_number_with_its_unit() {
    List<CSVRecord> csv = export("reports", 2025);

    assertThat(header(csv))
        .startsWith(
            "credit_code", "year", "month", "indicator", "value", "same_period_last_year", "unit");
    assertThat(rowsWhere(csv, 0, IN_FRAME.value()))
        .containsExactly(
            List.of(IN_FRAME.value(), "2025", "12", "revenue", "10000000.01", "9000000.00", "万元"),
            List.of(IN_FRAME.value(), "2025", "12", "profit", "-12.50", "10.00", "万元"));
  }

  @Test
  void indicators_export_gives_growth_in_percent_to_two_decimals_and_the_revenue_tier() {
    List<CSVRecord> csv = export("indicators", 2025);

    assertThat(header(csv))
        .startsWith(
            "cluster_id",
            "year",
            "month",
            "revenue",
            "revenue_growth_pct",
            "profit",
            "profit_growth_pct",
            "tier");
    // only the member in the 2025 frame counts; 10,000,000.01 万元 is strictly over 1000亿
    assertThat(rowsWhere(csv, 0, cluster.toString()))
        .filteredOn(row -> row.get(2).equals("12"))
        .containsExactly(
            List.of(
                cluster.toString(),
                "2025",
                "12",
                "10000000.01",
                "11.11",
                "-12.50",
                "-225.00",
                "over_100bn",
                "1",
                "10000000.01",
                "9000000.00",
                "-12.50",
                "10.00"));
  }

  @Test
  void indicators_export_leaves_out_months_without_any_report() {
    enterprises.addToFrame(IN_FRAME, 2099);
    reports.record(
        new EnterpriseReport(
            IN_FRAME, new ReportingPeriod(2099, 3), IndicatorCode.REVENUE, BigDecimal.TEN, null),
        org.clusteratlas.shared.Actor.provinceAdministrator("test"),
        "test");

    List<CSVRecord> csv = export("indicators", 2099);

    assertThat(rowsWhere(csv, 0, cluster.toString()))
        .containsExactly(
            List.of(
                cluster.toString(),
                "2099",
                "3",
                "10.00",
                "",
                "0.00",
                "",
                "below",
                "1",
                "0",
                "0",
                "0",
                "0"));
  }

  private List<CSVRecord> export(String what, Integer year) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long rows = exports.write(ExportRequest.of(what, year), out);
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF");
    try {
      List<CSVRecord> records =
          CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
      assertThat(records).hasSize((int) rows + 1);
      return records;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> header(List<CSVRecord> csv) {
    return csv.get(0).toList();
  }

  private static List<List<String>> rowsWhere(List<CSVRecord> csv, int column, String value) {
    return csv.stream()
        .skip(1)
        .filter(r -> r.get(column).equals(value))
        .map(CSVRecord::toList)
        .toList();
  }
}

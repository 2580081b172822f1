package org.clusteratlas.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clusteratlas.AtlasIntegrationTest;
import org.clusteratlas.cluster.ClusterId;
import org.clusteratlas.cluster.ClusterRegister;
import org.clusteratlas.cluster.DesignationKind;
import org.clusteratlas.enterprise.CreditCode;
import org.clusteratlas.indicator.Aggregate;
import org.clusteratlas.indicator.ClusterFigures;
import org.clusteratlas.indicator.ComparableGrowth;
import org.clusteratlas.indicator.IndicatorReadModel;
import org.clusteratlas.shared.Actor;
import org.clusteratlas.shared.ReportingPeriod;
import org.clusteratlas.statistics.DataVersion;
import org.clusteratlas.statistics.EnterpriseReport;
import org.clusteratlas.statistics.IndicatorCode;
import org.clusteratlas.statistics.ReportStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The 2025 bulletin after three demo firms of provincial clusters corrected their December revenue
 * upwards by 250 万元 each (750 万元 = 0.0000075 万亿元 in all), rolled back after each test: as published
 * it is unchanged, as revised it shows the correction, and the revisions list exactly the figures
 * the correction moves — revenue, its growth and its share of the province's — and no other.
 */
@AtlasIntegrationTest
@Transactional
class BulletinRevisionTests {

  private static final ReportingPeriod DECEMBER = ReportingPeriod.annual(2025);
  private static final BigDecimal RAISE = new BigDecimal("250.00");
  private static final BigDecimal TOTAL_RAISE = new BigDecimal("750.00");
  private static final BigDecimal WAN_PER_WAN_YI = new BigDecimal("100000000");

  static JsonNode golden;

  @Autowired BulletinService bulletins;
  @Autowired IndicatorReadModel indicators;
  @Autowired ReportStore reports;
  @Autowired ClusterRegister clusters;
  @Autowired JdbcClient jdbc;

  private long versionBefore;
  private Bulletin publishedBefore;
  private Bulletin currentBefore;
  private Map<ClusterId, ClusterFigures> byClusterBefore;
  private Aggregate unionBefore;
  private long revisedVersion;

  @BeforeAll
  static void readGolden() throws IOException {
    try (InputStream in =
        BulletinRevisionTests.class.getResourceAsStream("/golden/published-2025.json")) {
      golden = JsonMapper.builder().build().readTree(in);
    }
  }

  @BeforeEach
  void reviseThreeDemoFirms() {
    versionBefore = indicators.currentVersion();
    publishedBefore = bulletins.asPublished(2025);
    currentBefore = bulletins.current(2025);
    byClusterBefore = indicators.byCluster(DECEMBER);
    Set<ClusterId> provincial = clusters.holdersOn(DesignationKind.PROVINCIAL, DECEMBER.endDate());
    unionBefore = indicators.union(provincial, DECEMBER);

    List<EnterpriseReport> revenues =
        jdbc.sql(
                "select e.credit_code, r.value, r.same_period_last_year from report r join"
                    + " enterprise e on e.id = r.enterprise_id join indicator_definition d on d.id"
                    + " = r.indicator_id and d.code = 'revenue' join enterprise_frame f on"
                    + " f.enterprise_id = r.enterprise_id and f.year = 2025 where r.year = 2025 and"
                    + " r.month = 12 and r.value is not null and r.same_period_last_year is not"
                    + " null and exists (select 1 from membership m where m.enterprise_id ="
                    + " r.enterprise_id and m.cluster_id = any(:ids) and m.valid_from <= :end and"
                    + " (m.valid_to is null or m.valid_to >= :end)) order by e.credit_code limit 3")
            .param("ids", provincial.stream().map(ClusterId::value).toArray(Long[]::new))
            .param("end", java.sql.Date.valueOf(DECEMBER.endDate()))
            .query(
                (rs, n) ->
                    new EnterpriseReport(
                        new CreditCode(rs.getString(1)),
                        DECEMBER,
                        IndicatorCode.REVENUE,
                        rs.getBigDecimal(2).add(RAISE),
                        rs.getBigDecimal(3)))
            .list();
    assertThat(revenues).hasSize(3);
    for (EnterpriseReport revenue : revenues) {
      reports.record(revenue, Actor.provinceAdministrator("测试员"), "企业更正12月营业收入");
    }
    revisedVersion = indicators.currentVersion();
  }

  @Test
  void the_bulletin_as_published_keeps_every_published_figure_and_its_data_version() {
    Bulletin bulletin = bulletins.asPublished(2025);

    List<String> mismatches = new ArrayList<>();
    for (JsonNode figure : golden.get("figures")) {
      String key = figure.get("key").asString();
      BigDecimal expected = figure.get("value").decimalValue();
      if (bulletin.figures().get(key).value().compareTo(expected) != 0) {
        mismatches.add(key + ": published " + expected + ", now " + bulletin.figures().get(key));
      }
    }
    assertThat(mismatches).isEmpty();
    assertThat(bulletin.figures()).isEqualTo(publishedBefore.figures());
    assertThat(bulletin.edition()).isEqualTo(Bulletin.Edition.AS_PUBLISHED);
    assertThat(bulletin.publishedOn()).isEqualTo(LocalDate.of(2026, 3, 18));
    assertThat(bulletin.dataVersion()).isLessThan(revisedVersion);
    DataVersion version = reports.version(bulletin.dataVersion()).orElseThrow();
    assertThat(version.kind()).isEqualTo("bulk_load");
    assertThat(version.actorName()).isEqualTo("demo");
    assertThat(bulletin.editionLabel())
        .isEqualTo("按发布时数据：2026-03-18发布，数据版本 " + bulletin.dataVersion());
  }

  @Test
  void the_current_bulletin_shows_the_revised_revenue_and_the_revised_data_version() {
    Bulletin bulletin = bulletins.current(2025);

    assertThat(bulletin.figures().get("cluster_revenue").exact())
        .isEqualByComparingTo(
            currentBefore
                .figures()
                .get("cluster_revenue")
                .exact()
                .add(TOTAL_RAISE.divide(WAN_PER_WAN_YI)));
    assertThat(bulletin.dataVersion()).isEqualTo(revisedVersion).isGreaterThan(versionBefore);
    assertThat(bulletin.edition()).isEqualTo(Bulletin.Edition.CURRENT);
    assertThat(bulletin.publishedOn()).isNull();
    assertThat(bulletin.editionLabel()).isEqualTo("按修订后数据：当前数据版本 " + revisedVersion);
  }

  @Test
  void the_revisions_list_exactly_the_figures_that_changed_with_their_differences() {
    BulletinRevisions revisions = bulletins.revisions(2025);

    assertThat(revisions.changed())
        .containsExactly(
            "cluster_revenue",
            "cluster_revenue_growth_pct",
            "cluster_share_of_provincial_above_scale_revenue_pct");
    assertThat(revisions.figures()).hasSize(golden.get("figures").size());
    assertThat(revisions.publishedOn()).isEqualTo(LocalDate.of(2026, 3, 18));
    assertThat(revisions.publishedVersion()).isEqualTo(publishedBefore.dataVersion());
    assertThat(revisions.currentVersion()).isEqualTo(revisedVersion);

    var revenue = revisions.figures().get(1);
    assertThat(revenue.key()).isEqualTo("cluster_revenue");
    assertThat(revenue.unit()).isEqualTo("万亿元");
    assertThat(revenue.difference()).isEqualByComparingTo("0.0000075");
    assertThat(revenue.publishedValueChanged()).isFalse();

    var growth = revisions.figures().get(2);
    BigDecimal revisedGrowth =
        ComparableGrowth.percent(
                unionBefore.revenueComparable().add(TOTAL_RAISE),
                unionBefore.revenueComparableLastYear())
            .orElseThrow();
    assertThat(growth.revised().exact()).isEqualByComparingTo(revisedGrowth);
    assertThat(growth.difference())
        .isPositive()
        .isEqualByComparingTo(revisedGrowth.subtract(growth.published().exact()));
    assertThat(revisions.figures().get(4).key()).isEqualTo("cluster_profit");
    assertThat(revisions.figures().get(4).difference()).isZero();

    assertThat(revisions.text())
        .contains("按发布时数据：2026-03-18发布")
        .contains("按修订后数据：当前数据版本 " + revisedVersion)
        .contains("集群营业收入：3.9 → 3.9万亿元")
        .contains("差额 +0.0000075万亿元")
        .contains("集群利润总额：1793亿元，未变")
        .endsWith("与发布时相比，3项数字有变化。");
  }

  @Test
  void the_indicators_as_of_the_version_before_the_revisions_are_those_computed_then() {
    assertThat(indicators.byCluster(DECEMBER, versionBefore)).isEqualTo(byClusterBefore);
    assertThat(revenueOfAll(indicators.byCluster(DECEMBER)).subtract(revenueOfAll(byClusterBefore)))
        .as("a shared firm's raise counts in each of its clusters")
        .isGreaterThanOrEqualTo(TOTAL_RAISE);
    assertThat(
            indicators.union(
                clusters.holdersOn(DesignationKind.PROVINCIAL, DECEMBER.endDate()),
                DECEMBER,
                versionBefore))
        .isEqualTo(unionBefore);
  }

  private static BigDecimal revenueOfAll(Map<ClusterId, ClusterFigures> byCluster) {
    return byCluster.values().stream()
        .map(f -> f.figures().revenue().wan())
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}

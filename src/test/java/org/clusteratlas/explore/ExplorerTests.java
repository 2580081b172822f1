package org.clusteratlas.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.clusteratlas.AtlasIntegrationTest;
import org.clusteratlas.cluster.Cluster;
import org.clusteratlas.cluster.ClusterHost;
import org.clusteratlas.cluster.ClusterId;
import org.clusteratlas.cluster.ClusterRegister;
import org.clusteratlas.cluster.DesignationKind;
import org.clusteratlas.enterprise.CreditCode;
import org.clusteratlas.enterprise.EnterpriseRegister;
import org.clusteratlas.enterprise.Membership;
import org.clusteratlas.region.RegionCode;
import org.clusteratlas.shared.AccessRefusedException;
import org.clusteratlas.shared.RuleViolation;
import org.clusteratlas.shared.Scope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * The query layer against the demo province: the published 2025 figures and what each scope sees.
 * Expected counts cite {@code shared/domain/published-2025.json} (the lead article of the
 * provincial press conference of 2026-03-18), which the demo province reproduces.
 */
@AtlasIntegrationTest
class ExplorerTests {

  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
  private static final Scope PUBLIC = Scope.anonymous();
  private static final Scope PROVINCE = Scope.province("admin");
  private static final Scope NANCHANG = Scope.region("nanchang", "360100");
  private static final Scope GANZHOU = Scope.region("ganzhou", "360700");

  @Autowired Explorer explorer;
  @Autowired ClusterRegister register;
  @Autowired EnterpriseRegister enterprises;

  private long idOf(String name) {
    return register.all().stream()
        .filter(c -> c.name().equals(name))
        .map(Cluster::id)
        .findFirst()
        .orElseThrow()
        .value();
  }

  private long count(String designation, String tier, Scope scope) {
    return explorer
        .clusters(
            new ClusterFilter(null, null, null, designation, tier, 2025, null, null, 1, 10),
            scope,
            ZH)
        .total();
  }

  @Test
  void theDirectoryCountsThePublishedTiersForThePublicAndForTheProvince() {
    // published-2025.json: 118 provincial clusters; 6 over 千亿, 18 over 500亿, 110 over 百亿
    for (Scope scope : List.of(PUBLIC, PROVINCE)) {
      assertThat(count("provincial", null, scope)).as("provincial").isEqualTo(118);
      assertThat(count("provincial", "over_100bn", scope)).isEqualTo(6);
      assertThat(count("provincial", "over_50bn", scope)).isEqualTo(18);
      assertThat(count("provincial", "over_10bn", scope)).isEqualTo(110);
      // 14 provincial advanced manufacturing, 16 national SME, 3 national advanced manufacturing
      assertThat(count("provincial_advanced_manufacturing", null, scope)).isEqualTo(14);
      assertThat(count("national_sme_characteristic", null, scope)).isEqualTo(16);
      assertThat(count("national_advanced_manufacturing", null, scope)).isEqualTo(3);
    }
  }

  @Test
  void theDashboardHeadlineIsTheBulletinsAndItsTierBandsAddUpToTheProvincialClusters() {
    Dashboard dashboard = explorer.dashboard(2025, PUBLIC, ZH);
    assertThat(dashboard.bulletinEdition()).isEqualTo("as_published");
    assertThat(dashboard.headline().get("provincial_cluster_count")).isEqualByComparingTo("118");
    assertThat(dashboard.headline().get("clusters_revenue_over_100bn")).isEqualByComparingTo("6");
    assertThat(dashboard.tiers())
        .containsEntry("over_100bn", 6)
        .containsEntry("50bn_100bn", 12)
        .containsEntry("10bn_50bn", 92)
        .containsEntry("below", 8)
        .containsEntry("hidden", 0);
    assertThat(dashboard.cities()).hasSize(11);
    assertThat(dashboard.cities().stream().mapToInt(Dashboard.CityFigure::clusters).sum())
        .as("every provincial cluster with a host in the province has a first-host city")
        .isBetween(115, 118);
    assertThat(dashboard.top()).hasSize(10);
    assertThat(dashboard.top().get(0).revenueYi())
        .isGreaterThanOrEqualTo(dashboard.top().get(9).revenueYi());
    assertThat(dashboard.designations()).containsEntry("provincial", 118);
  }

  @Test
  void thePublicSeesPublishedFiguresAndNothingOfAnUnpublishedYear() {
    assertThat(explorer.years(PUBLIC)).containsExactly(2025);
    assertThat(explorer.years(PROVINCE)).contains(2024, 2025);
    ClusterRow published = explorer.compare(List.of(1L), 2025, PUBLIC, ZH).get(0);
    assertThat(published.basis()).isEqualTo(Basis.PUBLISHED);
    assertThat(published.revenueYi()).isNotNull();
    ClusterRow unpublished = explorer.compare(List.of(1L), 2024, PUBLIC, ZH).get(0);
    assertThat(unpublished.basis()).isEqualTo(Basis.UNPUBLISHED);
    assertThat(unpublished.revenueYi()).isNull();
    assertThat(unpublished.tier()).isNull();
    assertThat(explorer.compare(List.of(1L), 2024, PROVINCE, ZH).get(0).basis())
        .isEqualTo(Basis.CURRENT);
  }

  @Test
  void aCityOfficerSeesCurrentFiguresOnlyOfClustersWhollyWithinTheCity() {
    long nanchang = idOf("南昌高新区光电及通信产业集群");
    long ganzhou = idOf("赣县稀土金属新材料及应用产业集群");
    long spanning = idOf("鹰潭抚昌铜基新材料集群");
    List<ClusterRow> rows =
        explorer.compare(List.of(nanchang, ganzhou, spanning), 2024, NANCHANG, ZH);
    assertThat(rows.get(0).basis()).isEqualTo(Basis.CURRENT);
    assertThat(rows.get(1).basis())
        .as("赣州's cluster, year not published")
        .isEqualTo(Basis.UNPUBLISHED);
    assertThat(rows.get(2).basis()).as("spans 鹰潭, 抚州 and 南昌").isEqualTo(Basis.UNPUBLISHED);
    assertThat(explorer.compare(List.of(ganzhou), 2024, GANZHOU, ZH).get(0).basis())
        .isEqualTo(Basis.CURRENT);
  }

  @Test
  void enterpriseRecordsReachOnlyAScopeThatCoversThem() {
    long nanchang = idOf("南昌高新区光电及通信产业集群");
    long ganzhou = idOf("赣县稀土金属新材料及应用产业集群");
    long spanning = idOf("鹰潭抚昌铜基新材料集群");

    MemberTable own = explorer.members(nanchang, 2025, NANCHANG);
    assertThat(own.members()).isNotEmpty();
    assertThat(own.complete()).isTrue();
    assertThat(own.members()).allMatch(m -> m.regionCode().startsWith("3601"));

    assertThatThrownBy(() -> explorer.members(ganzhou, 2025, NANCHANG))
        .isInstanceOf(AccessRefusedException.class)
        .satisfies(
            e ->
                assertThat(((AccessRefusedException) e).refusal().what())
                    .isEqualTo("cluster/" + ganzhou + "/members/2025"));
    for (Scope outsider : List.of(PUBLIC, Scope.viewer("leader"), Scope.cluster("org", nanchang))) {
      assertThatThrownBy(() -> explorer.members(ganzhou, 2025, outsider))
          .as(outsider.kind().name())
          .isInstanceOf(AccessRefusedException.class);
    }
    MemberTable part = explorer.members(spanning, 2025, Scope.region("yingtan", "360600"));
    assertThat(part.members()).isNotEmpty().allMatch(m -> m.regionCode().startsWith("3606"));
    MemberTable whole = explorer.members(spanning, 2025, PROVINCE);
    assertThat(whole.complete()).isTrue();
    assertThat(part.complete())
        .as("complete only when every member lies in 鹰潭")
        .isEqualTo(whole.members().stream().allMatch(m -> m.regionCode().startsWith("3606")));
    assertThat(explorer.members(nanchang, 2025, Scope.cluster("org", nanchang)).complete())
        .isTrue();
  }

  @Test
  void aProfileShowsMemberConcentrationOnlyWithinScopeAndMonthlyFiguresOnlyToSignedInReaders() {
    long id = idOf("南昌高新区光电及通信产业集群");
    ClusterProfile forProvince = explorer.profile(id, 2025, PROVINCE, ZH);
    assertThat(forProvince.members()).isNotNull();
    assertThat(forProvince.members().top1SharePct())
        .isLessThanOrEqualTo(forProvince.members().top4SharePct());
    assertThat(forProvince.members().top4SharePct()).isLessThanOrEqualTo(new BigDecimal("100"));
    assertThat(forProvince.monthly()).hasSize(12);
    assertThat(forProvince.annual())
        .extracting(ClusterProfile.SeriesPoint::period)
        .contains("2025");
    assertThat(forProvince.designations()).isNotEmpty();

    ClusterProfile forPublic = explorer.profile(id, 2025, PUBLIC, ZH);
    assertThat(forPublic.members()).isNull();
    assertThat(forPublic.monthly()).isEmpty();
    assertThat(forPublic.annual())
        .extracting(ClusterProfile.SeriesPoint::period)
        .containsExactly("2025");
    assertThat(forPublic.annual().get(0).revenueYi()).isEqualTo(forPublic.row().revenueYi());
  }

  @Test
  void aRegionsWeightsAreShownWithinScopeAndAddUpToNoMoreThanItsIndustry() {
    RegionProfile forOfficer = explorer.region("360100", 2025, NANCHANG, ZH);
    assertThat(forOfficer.name()).isEqualTo("南昌市");
    assertThat(forOfficer.clusters()).isNotEmpty();
    assertThat(forOfficer.industryRevenueYi()).isPositive();
    assertThat(forOfficer.weights()).isNotEmpty();
    assertThat(forOfficer.weights())
        .allMatch(w -> w.sharePct().compareTo(new BigDecimal("100")) <= 0);

    RegionProfile forOther = explorer.region("360100", 2025, GANZHOU, ZH);
    assertThat(forOther.industryRevenueYi()).isNull();
    assertThat(forOther.weights()).isEmpty();
    assertThat(forOther.clusters()).hasSameSizeAs(forOfficer.clusters());
  }

  @Test
  void eachBulletinFigureLeadsToTheClustersItCounts() {
    FigureRecords over50 = explorer.figure(2025, "clusters_revenue_over_50bn", PUBLIC, ZH);
    assertThat(over50.rows()).hasSize(18);
    assertThat(over50.value()).isEqualByComparingTo("18");
    assertThat(over50.filter()).isEqualTo("designation=provincial&tier=over_50bn");
    FigureRecords revenue = explorer.figure(2025, "cluster_revenue", PUBLIC, ZH);
    assertThat(revenue.rows()).hasSize(118);
    // shared members count once in the bulletin, once per cluster in the rows
    assertThat(revenue.rowsRevenueYi().movePointLeft(4))
        .isGreaterThanOrEqualTo(revenue.value().setScale(1, java.math.RoundingMode.DOWN));
    assertThatThrownBy(() -> explorer.figure(2024, "cluster_revenue", PUBLIC, ZH))
        .isInstanceOf(RuleViolation.class)
        .hasMessageContaining("explore.figure-unpublished");
  }

  @Test
  @Transactional
  void aClusterOfFewerThanThreeEnterprisesShowsNoFiguresOutsideItsScope() {
    ClusterId small =
        register.register(
            new Cluster(
                null,
                "测试两企业产业集群",
                List.of(new ClusterHost(new RegionCode("360121"), null)),
                "14",
                "food",
                null,
                true,
                List.of()));
    register.grant(small, DesignationKind.PROVINCIAL, LocalDate.of(2025, 1, 1), "测试文件");
    // two enterprises of 2025's frame that the nanchang cluster already counts
    List<MemberTable.Member> two =
        explorer.members(idOf("南昌高新区光电及通信产业集群"), 2025, PROVINCE).members().subList(0, 2);
    for (MemberTable.Member m : two) {
      enterprises.join(
          new Membership(small, new CreditCode(m.creditCode()), LocalDate.of(2025, 1, 1), null));
    }
    List<Long> ids = List.of(small.value());
    assertThat(explorer.compare(ids, 2025, PUBLIC, ZH).get(0).basis()).isEqualTo(Basis.SUPPRESSED);
    assertThat(explorer.compare(ids, 2025, PUBLIC, ZH).get(0).revenueYi()).isNull();
    assertThat(explorer.compare(ids, 2025, Scope.viewer("leader"), ZH).get(0).basis())
        .isEqualTo(Basis.SUPPRESSED);
    ClusterRow forOfficer = explorer.compare(ids, 2025, NANCHANG, ZH).get(0);
    assertThat(forOfficer.basis()).isEqualTo(Basis.CURRENT);
    assertThat(forOfficer.enterprises()).isEqualTo(2);
    assertThat(explorer.dashboard(2025, PUBLIC, ZH).tiers()).containsEntry("hidden", 1);
    assertThat(explorer.profile(small.value(), 2025, PUBLIC, ZH).annual())
        .extracting(ClusterProfile.SeriesPoint::basis)
        .containsExactly(Basis.SUPPRESSED);
  }

  @Test
  void badFiltersAreRefusedWithTheRuleThatNamesThem() {
    assertThatThrownBy(
            () -> new ClusterFilter(null, null, null, null, null, null, "colour", null, 1, 20))
        .isInstanceOf(RuleViolation.class)
        .hasMessageEndingWith("[explore.sort]");
    assertThatThrownBy(
            () -> new ClusterFilter(null, "360123", null, null, null, null, null, null, 1, 20))
        .hasMessageEndingWith("[explore.city]");
    assertThatThrownBy(
            () -> new ClusterFilter(null, null, null, null, null, null, null, null, 1, 201))
        .hasMessageEndingWith("[explore.page-size]");
    assertThatThrownBy(
            () ->
                explorer.compare(
                    List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L), 2025, PUBLIC, ZH))
        .hasMessageEndingWith("[explore.compare-count]");
    assertThatThrownBy(() -> explorer.profile(999_999, 2025, PUBLIC, ZH))
        .hasMessageEndingWith("[cluster.unknown]");
    assertThatThrownBy(() -> explorer.region("360199", 2025, PUBLIC, ZH))
        .hasMessageEndingWith("[region.unknown]");
  }

  @Test
  void theDirectoryPagesAndSortsEveryRowOnce() {
    ClusterFilter byName =
        new ClusterFilter(null, null, null, "provincial", null, 2025, "name", "asc", 1, 50);
    ResultPage<ClusterRow> first = explorer.clusters(byName, PUBLIC, ZH);
    ResultPage<ClusterRow> third =
        explorer.clusters(
            new ClusterFilter(null, null, null, "provincial", null, 2025, "name", "asc", 3, 50),
            PUBLIC,
            ZH);
    assertThat(first.total()).isEqualTo(118);
    assertThat(first.pages()).isEqualTo(3);
    assertThat(first.items()).hasSize(50);
    assertThat(third.items()).hasSize(18);
    assertThat(third.hasNext()).isFalse();
    ResultPage<ClusterRow> nanchang =
        explorer.clusters(
            new ClusterFilter(null, "360100", null, null, null, 2025, null, null, 1, 200),
            PUBLIC,
            ZH);
    assertThat(nanchang.items()).isNotEmpty().allMatch(r -> r.cityCodes().contains("360100"));
    assertThat(
            explorer
                .clusters(
                    new ClusterFilter("光电", null, null, null, null, 2025, null, null, 1, 200),
                    PUBLIC,
                    ZH)
                .items())
        .isNotEmpty()
        .allMatch(r -> r.name().contains("光电"));
  }
}

package org.clusteratlas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clusteratlas.cluster.Cluster;
import org.clusteratlas.cluster.ClusterHost;
import org.clusteratlas.cluster.ClusterId;
import org.clusteratlas.cluster.ClusterRegister;
import org.clusteratlas.cluster.DesignationKind;
import org.clusteratlas.enterprise.CreditCode;
import org.clusteratlas.enterprise.Enterprise;
import org.clusteratlas.enterprise.EnterpriseRegister;
import org.clusteratlas.enterprise.Membership;
import org.clusteratlas.industry.IndustryCode;
import org.clusteratlas.region.RegionCode;
import org.clusteratlas.shared.ReportingPeriod;
import org.clusteratlas.shared.RuleViolation;
import org.clusteratlas.statistics.EnterpriseReport;
import org.clusteratlas.statistics.IndicatorCode;
import org.clusteratlas.statistics.ReportStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bad input to the registers is refused by a named rule and leaves every stored table as it was.
 * The fixtures (names starting 测试) are registered through the registers' own interfaces.
 */
@AtlasIntegrationTest
@Transactional
class RegistersRefuseBadInputTest {

  private static final List<String> TABLES =
      List.of(
          "cluster",
          "cluster_host",
          "designation",
          "enterprise",
          "enterprise_frame",
          "membership",
          "report");
  private static final LocalDate GRANTED = LocalDate.of(2022, 12, 30);
  private static final CreditCode MEMBER = CreditCode.withCheckCharacter("91360681MA3TE0001");

  @Autowired ClusterRegister clusters;
  @Autowired EnterpriseRegister enterprises;
  @Autowired ReportStore reports;
  @Autowired JdbcClient jdbc;

  private ClusterId cluster;

  @BeforeEach
  void registerFixtures() {
    cluster =
        clusters.register(
            new Cluster(
                null,
                "测试贵溪铜加工产业集群",
                List.of(ClusterHost.parse("360681")),
                "32",
                "nonferrous",
                null,
                false,
                List.of()));
    clusters.grant(cluster, DesignationKind.PROVINCIAL, GRANTED, "测试赣工信字〔2022〕1号");
    enterprises.register(
        new Enterprise(
            MEMBER,
            "测试贵溪铜业有限公司",
            new RegionCode("360681"),
            new IndustryCode("32"),
            true,
            false,
            false,
            false));
    enterprises.join(new Membership(cluster, MEMBER, GRANTED, null));
  }

  @Test
  void the_fixtures_are_stored_so_the_row_counts_below_can_show_a_change() {
    Map<String, Long> counts = snapshot();
    assertThat(counts.get("cluster")).isPositive();
    assertThat(counts.get("designation")).isPositive();
    assertThat(counts.get("enterprise")).isPositive();
    assertThat(counts.get("membership")).isPositive();
    assertThat(clusters.holdersOn(DesignationKind.PROVINCIAL, GRANTED)).contains(cluster);

    reports.record(
        new EnterpriseReport(
            MEMBER,
            ReportingPeriod.annual(2025),
            IndicatorCode.REVENUE,
            new BigDecimal("1234.56"),
            new BigDecimal("1100.00")),
        org.clusteratlas.shared.Actor.provinceAdministrator("test"),
        "test");
    assertThat(snapshot().get("report")).isEqualTo(counts.get("report") + 1);
  }

  @Test
  void an_enterprise_with_an_invalid_credit_code_is_refused_and_nothing_is_stored() {
    // 91360681MA3TE0002 completes with check character 5, not 4
    String wrongCheck = "91360681MA3TE00024";
    Map<String, Long> before = snapshot();
    assertThatThrownBy(
            () ->
                enterprises.register(
                    new Enterprise(
                        new CreditCode(wrongCheck),
                        "测试无效代码有限公司",
                        new RegionCode("360681"),
                        new IndustryCode("32"),
                        false,
                        false,
                        false,
                        false)))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            e -> {
              assertThat(e.rule()).isEqualTo("credit-code.check-character");
              assertThat(e.message(Locale.SIMPLIFIED_CHINESE))
                  .contains(wrongCheck)
                  .contains("应为“5”");
            });
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void an_enterprise_whose_code_is_taken_is_refused_and_nothing_is_stored() {
    Map<String, Long> before = snapshot();
    assertThatThrownBy(
            () ->
                enterprises.register(
                    new Enterprise(
                        new CreditCode(MEMBER.value().toLowerCase(Locale.ROOT)),
                        "测试重复代码有限公司",
                        new RegionCode("360100"),
                        new IndustryCode("39"),
                        false,
                        false,
                        false,
                        false)))
        .isInstanceOfSatisfying(
            RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("enterprise.code-taken"));
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void a_membership_that_ends_before_it_starts_is_refused_and_nothing_is_stored() {
    Map<String, Long> before = snapshot();
    assertThatThrownBy(
            () ->
                enterprises.join(
                    new Membership(
                        cluster, MEMBER, LocalDate.of(2025, 7, 1), LocalDate.of(2025, 6, 30))))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            e -> assertThat(e.rule()).isEqualTo("membership.ends-before-start"));
    assertThat(snapshot()).isEqualTo(before);
    assertThat(enterprises.memberships(MEMBER))
        .containsExactly(new Membership(cluster, MEMBER, GRANTED, null));
  }

  @Test
  void a_designation_revoked_before_it_was_granted_is_refused_and_stays_held() {
    Map<String, Long> before = snapshot();
    assertThatThrownBy(
            () ->
                clusters.revoke(
                    cluster,
                    DesignationKind.PROVINCIAL,
                    GRANTED.minusDays(1),
                    "测试赣工信字〔2022〕0号",
                    "测试：撤销日期早于认定日期"))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            e -> {
              assertThat(e.rule()).isEqualTo("designation.revoked-before-granted");
              assertThat(e.message(Locale.ENGLISH)).contains("2022-12-29").contains("2022-12-30");
            });
    assertThat(snapshot()).isEqualTo(before);
    assertThat(clusters.holdersOn(DesignationKind.PROVINCIAL, GRANTED)).contains(cluster);
    assertThat(clusters.find(cluster).orElseThrow().current(DesignationKind.PROVINCIAL))
        .hasValueSatisfying(d -> assertThat(d.revokedOn()).isNull());
  }

  @Test
  void revoking_a_designation_the_cluster_does_not_hold_is_refused_and_nothing_is_stored() {
    Map<String, Long> before = snapshot();
    assertThatThrownBy(
            () ->
                clusters.revoke(
                    cluster,
                    DesignationKind.NATIONAL_SME_CHARACTERISTIC,
                    GRANTED.plusYears(1),
                    "测试工信部企业函〔2023〕1号",
                    "测试：未持有"))
        .isInstanceOfSatisfying(
            RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("designation.not-held"));
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void a_second_grant_of_a_held_designation_is_refused_and_nothing_is_stored() {
    Map<String, Long> before = snapshot();
    assertThatThrownBy(
            () ->
                clusters.grant(
                    cluster, DesignationKind.PROVINCIAL, GRANTED.plusYears(1), "测试赣工信字〔2023〕2号"))
        .isInstanceOfSatisfying(
            RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("designation.already-held"));
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void a_report_for_an_unknown_enterprise_is_refused_and_nothing_is_stored() {
    CreditCode stranger = CreditCode.withCheckCharacter("91360100MA3TE0099");
    assertThat(enterprises.idOf(stranger)).isEmpty();
    Map<String, Long> before = snapshot();
    assertThatThrownBy(
            () ->
                reports.record(
                    new EnterpriseReport(
                        stranger,
                        ReportingPeriod.annual(2025),
                        IndicatorCode.REVENUE,
                        new BigDecimal("100.00"),
                        new BigDecimal("90.00")),
                    org.clusteratlas.shared.Actor.provinceAdministrator("test"),
                    "test"))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            e -> {
              assertThat(e.rule()).isEqualTo("report.enterprise-unknown");
              assertThat(e.rejectedValue()).isEqualTo(stranger.value());
            });
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void a_negative_revenue_is_refused_and_nothing_is_stored() {
    Map<String, Long> before = snapshot();
    assertThatThrownBy(
            () ->
                reports.record(
                    new EnterpriseReport(
                        MEMBER,
                        ReportingPeriod.annual(2025),
                        IndicatorCode.REVENUE,
                        new BigDecimal("-1.00"),
                        new BigDecimal("90.00")),
                    org.clusteratlas.shared.Actor.provinceAdministrator("test"),
                    "test"))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            e -> {
              assertThat(e.rule()).isEqualTo("report.negative");
              assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).contains("营业收入");
            });
    assertThat(snapshot()).isEqualTo(before);
  }

  /** Row counts of the register and report tables, plus how many designations are revoked. */
  private Map<String, Long> snapshot() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String table : TABLES) {
      counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
    }
    counts.put(
        "designation revoked",
        jdbc.sql("select count(*) from designation where revoked_on is not null")
            .query(Long.class)
            .single());
    return counts;
  }
}

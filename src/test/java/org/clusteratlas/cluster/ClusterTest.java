package org.clusteratlas.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.clusteratlas.region.RegionCode;
import org.clusteratlas.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/** A cluster's designations change only through grant and revoke, which check and record. */
class ClusterTest {

  private static final ClusterId ID = new ClusterId(42);
  private static final LocalDate GRANTED = LocalDate.of(2021, 6, 15);
  private static final LocalDate REVOKED = LocalDate.of(2024, 3, 1);
  private static final DesignationKind PROVINCIAL = DesignationKind.PROVINCIAL;

  private static Cluster cluster() {
    return new Cluster(
        ID,
        "测试贵溪铜及铜加工产业集群",
        List.of(ClusterHost.parse("360681")),
        "32",
        "nonferrous",
        null,
        false,
        List.of());
  }

  private static Cluster provincialSince(LocalDate on) {
    Cluster c = cluster();
    c.grant(PROVINCIAL, on, "赣工信字〔2021〕1号");
    c.takeEvents();
    return c;
  }

  @Test
  void a_grant_records_the_designation_and_a_designation_granted_event() {
    Cluster c = cluster();
    c.grant(PROVINCIAL, GRANTED, "赣工信字〔2021〕1号");
    assertThat(c.designations())
        .containsExactly(Designation.granted(PROVINCIAL, GRANTED, "赣工信字〔2021〕1号"));
    assertThat(c.takeEvents())
        .containsExactly(new DesignationGranted(ID, PROVINCIAL, GRANTED, "赣工信字〔2021〕1号"));
    assertThat(c.takeEvents()).as("events are taken once").isEmpty();
  }

  @Test
  void granting_a_designation_the_cluster_holds_is_refused_and_records_nothing() {
    Cluster c = provincialSince(GRANTED);
    assertThatThrownBy(() -> c.grant(PROVINCIAL, GRANTED.plusYears(1), "赣工信字〔2022〕2号"))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            e -> {
              assertThat(e.rule()).isEqualTo("designation.already-held");
              assertThat(e.message(Locale.SIMPLIFIED_CHINESE))
                  .contains("测试贵溪铜及铜加工产业集群")
                  .contains("2021-06-15")
                  .contains("provincial");
            });
    assertThat(c.designations()).hasSize(1);
    assertThat(c.takeEvents()).isEmpty();
  }

  @Test
  void a_cluster_may_hold_several_kinds_at_once() {
    Cluster c = provincialSince(GRANTED);
    c.grant(DesignationKind.NATIONAL_SME_CHARACTERISTIC, GRANTED.plusYears(1), "工信部企业函〔2022〕1号");
    assertThat(c.holds(PROVINCIAL, GRANTED.plusYears(2))).isTrue();
    assertThat(c.holds(DesignationKind.NATIONAL_SME_CHARACTERISTIC, GRANTED.plusYears(2))).isTrue();
    assertThat(c.holds(DesignationKind.MUNICIPAL, GRANTED.plusYears(2))).isFalse();
  }

  @Test
  void a_revocation_records_date_document_reason_and_a_designation_revoked_event() {
    Cluster c = provincialSince(GRANTED);
    c.revoke(PROVINCIAL, REVOKED, "赣工信字〔2024〕9号", "综合评价不合格且整改后仍不达标");
    Designation d = c.designations().get(0);
    assertThat(d.revokedOn()).isEqualTo(REVOKED);
    assertThat(d.revocationDocument()).isEqualTo("赣工信字〔2024〕9号");
    assertThat(d.revocationReason()).isEqualTo("综合评价不合格且整改后仍不达标");
    assertThat(c.current(PROVINCIAL)).isEmpty();
    assertThat(c.takeEvents())
        .containsExactly(
            new DesignationRevoked(ID, PROVINCIAL, REVOKED, "赣工信字〔2024〕9号", "综合评价不合格且整改后仍不达标"));
  }

  @Test
  void a_revocation_before_the_grant_is_refused_and_leaves_the_designation_held() {
    Cluster c = provincialSince(GRANTED);
    assertThatThrownBy(() -> c.revoke(PROVINCIAL, GRANTED.minusDays(1), "赣工信字〔2021〕0号", "录入错误"))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            e -> {
              assertThat(e.rule()).isEqualTo("designation.revoked-before-granted");
              assertThat(e.message(Locale.ENGLISH)).contains("2021-06-14").contains("2021-06-15");
            });
    assertThat(c.current(PROVINCIAL)).isPresent();
    assertThat(c.holds(PROVINCIAL, REVOKED)).isTrue();
    assertThat(c.takeEvents()).isEmpty();
  }

  @Test
  void revoking_a_designation_the_cluster_does_not_hold_is_refused() {
    Cluster c = cluster();
    assertThatThrownBy(() -> c.revoke(PROVINCIAL, REVOKED, "赣工信字〔2024〕9号", "不合格"))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            e -> {
              assertThat(e.rule()).isEqualTo("designation.not-held");
              assertThat(e.message(Locale.ENGLISH))
                  .contains("测试贵溪铜及铜加工产业集群")
                  .contains("provincial");
            });
    assertThat(c.takeEvents()).isEmpty();
  }

  @Test
  void a_revoked_designation_cannot_be_revoked_again() {
    Cluster c = provincialSince(GRANTED);
    c.revoke(PROVINCIAL, REVOKED, "赣工信字〔2024〕9号", "不合格");
    c.takeEvents();
    assertThatThrownBy(() -> c.revoke(PROVINCIAL, REVOKED.plusDays(1), "赣工信字〔2024〕10号", "重复"))
        .isInstanceOfSatisfying(
            RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("designation.not-held"));
    assertThat(c.designations().get(0).revokedOn()).isEqualTo(REVOKED);
    assertThat(c.takeEvents()).isEmpty();
  }

  @Test
  void a_designation_is_held_from_its_grant_day_until_the_day_before_its_revocation() {
    Cluster c = provincialSince(GRANTED);
    c.revoke(PROVINCIAL, REVOKED, "赣工信字〔2024〕9号", "不合格");
    assertThat(c.holds(PROVINCIAL, GRANTED.minusDays(1))).isFalse();
    assertThat(c.holds(PROVINCIAL, GRANTED)).isTrue();
    assertThat(c.holds(PROVINCIAL, REVOKED.minusDays(1))).isTrue();
    assertThat(c.holds(PROVINCIAL, REVOKED)).isFalse();
    assertThat(c.holds(PROVINCIAL, REVOKED.plusYears(5))).isFalse();
  }

  @Test
  void a_designation_revoked_on_its_grant_day_was_never_held() {
    Cluster c = provincialSince(GRANTED);
    c.revoke(PROVINCIAL, GRANTED, "赣工信字〔2021〕3号", "认定文件撤回");
    assertThat(c.holds(PROVINCIAL, GRANTED)).isFalse();
  }

  @Test
  void a_revoked_designation_may_be_granted_again_from_its_revocation_day_on() {
    Cluster c = provincialSince(GRANTED);
    c.revoke(PROVINCIAL, REVOKED, "赣工信字〔2024〕9号", "不合格");
    c.takeEvents();
    assertThatThrownBy(() -> c.grant(PROVINCIAL, REVOKED.minusDays(1), "赣工信字〔2024〕8号"))
        .isInstanceOfSatisfying(
            RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("designation.overlaps"));
    assertThat(c.takeEvents()).isEmpty();

    c.grant(PROVINCIAL, REVOKED, "赣工信字〔2024〕11号");
    assertThat(c.holds(PROVINCIAL, REVOKED.minusDays(1))).isTrue();
    assertThat(c.holds(PROVINCIAL, REVOKED)).isTrue();
    assertThat(c.designations()).hasSize(2);
    assertThat(c.takeEvents()).hasSize(1).first().isInstanceOf(DesignationGranted.class);
  }

  @Test
  void a_cluster_needs_a_name_and_at_least_one_host_each_listed_once() {
    List<ClusterHost> hosts = List.of(ClusterHost.parse("360681"));
    assertThatThrownBy(() -> new Cluster(ID, " ", hosts, null, null, null, false, List.of()))
        .isInstanceOfSatisfying(
            RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("cluster.name-missing"));
    assertThatThrownBy(() -> new Cluster(ID, "测试集群", List.of(), null, null, null, false, List.of()))
        .isInstanceOfSatisfying(
            RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("cluster.host-missing"));
    assertThatThrownBy(
            () ->
                new Cluster(
                    ID,
                    "测试集群",
                    List.of(ClusterHost.parse("360681"), ClusterHost.parse("360681")),
                    null,
                    null,
                    null,
                    false,
                    List.of()))
        .isInstanceOfSatisfying(
            RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("cluster.host-duplicate"));
  }

  @Test
  void a_cluster_may_span_regions_inside_and_outside_the_province() {
    Cluster c =
        new Cluster(
            ID,
            "测试长三角（含江西）大飞机产业集群",
            List.of(
                ClusterHost.parse("360100"),
                new ClusterHost(new RegionCode("310000"), null),
                ClusterHost.parse("DZ36010001")),
            null,
            null,
            null,
            false,
            List.of());
    assertThat(c.hosts())
        .extracting(ClusterHost::code)
        .containsExactly("360100", "310000", "DZ36010001");
  }

  @Test
  void the_short_name_drops_the_trailing_cluster_word() {
    assertThat(cluster().shortName()).isEqualTo("测试贵溪铜及铜加工");
    Cluster plain =
        new Cluster(
            ID,
            " 测试大飞机集群 ",
            List.of(ClusterHost.parse("360100")),
            null,
            null,
            null,
            false,
            List.of());
    assertThat(plain.name()).isEqualTo("测试大飞机集群");
    assertThat(plain.shortName()).isEqualTo("测试大飞机");
  }
}

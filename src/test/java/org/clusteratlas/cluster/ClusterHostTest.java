package org.clusteratlas.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.clusteratlas.region.RegionCode;
import org.clusteratlas.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClusterHostTest {

  @Test
  void a_host_is_a_region_or_a_zone_never_both_nor_neither() {
    assertThatThrownBy(() -> new ClusterHost(new RegionCode("360681"), "DZ36060201"))
        .isInstanceOfSatisfying(
            RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("cluster-host.one-of"));
    assertThatThrownBy(() -> new ClusterHost(null, null))
        .isInstanceOfSatisfying(
            RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("cluster-host.one-of"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"DZ3601000", "DZ360100011", "dz36010001", "ZD36010001", "DZ3601000A"})
  void a_zone_code_must_be_dz_and_eight_digits(String zone) {
    assertThatThrownBy(() -> new ClusterHost(null, zone))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            e -> {
              assertThat(e.rule()).isEqualTo("cluster-host.zone-format");
              assertThat(e.rejectedValue()).isEqualTo(zone);
            });
  }

  @Test
  void parse_tells_a_zone_from_a_region_by_its_prefix() {
    ClusterHost zone = ClusterHost.parse(" DZ36010001 ");
    assertThat(zone.isZone()).isTrue();
    assertThat(zone.zone()).isEqualTo("DZ36010001");
    assertThat(zone.region()).isNull();
    assertThat(zone.code()).isEqualTo("DZ36010001");

    ClusterHost county = ClusterHost.parse("360681");
    assertThat(county.isZone()).isFalse();
    assertThat(county.region()).isEqualTo(new RegionCode("360681"));
    assertThat(county.code()).isEqualTo("360681");
  }

  @Test
  void parse_refuses_a_malformed_region() {
    assertThatThrownBy(() -> ClusterHost.parse("36068"))
        .isInstanceOfSatisfying(
            RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("region-code.format"));
  }
}

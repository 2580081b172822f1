package org.clusteratlas.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.clusteratlas.cluster.ClusterId;
import org.clusteratlas.shared.Scope;
import org.junit.jupiter.api.Test;

class ClusterCoverageTest {

  private static final ClusterCoverage.Placed NANCHANG_COUNTY =
      new ClusterCoverage.Placed(new ClusterId(11), "南昌县测试产业集群", List.of("360121"));
  private static final ClusterCoverage.Placed ACROSS_CITIES =
      new ClusterCoverage.Placed(new ClusterId(12), "跨市集群", List.of("360121", "360602"));

  @Test
  void a_city_officer_covers_the_clusters_hosted_wholly_within_its_city() {
    Scope nanchang = Scope.region("nc", "360100");
    assertThat(NANCHANG_COUNTY.coveredBy(nanchang)).isTrue();
    assertThat(ACROSS_CITIES.coveredBy(nanchang)).isFalse();
    assertThat(NANCHANG_COUNTY.coveredBy(Scope.region("gz", "360700"))).isFalse();
  }

  @Test
  void the_province_and_viewers_cover_every_cluster_and_the_public_none() {
    assertThat(ACROSS_CITIES.coveredBy(Scope.province("p"))).isTrue();
    assertThat(ACROSS_CITIES.coveredBy(Scope.viewer("v"))).isTrue();
    assertThat(ACROSS_CITIES.coveredBy(Scope.anonymous())).isFalse();
  }

  @Test
  void an_organisation_covers_its_own_cluster_only() {
    assertThat(NANCHANG_COUNTY.coveredBy(Scope.cluster("o", 11))).isTrue();
    assertThat(ACROSS_CITIES.coveredBy(Scope.cluster("o", 11))).isFalse();
  }

  @Test
  void a_host_whose_region_is_unknown_is_covered_by_no_city() {
    ClusterCoverage.Placed unknownZone =
        new ClusterCoverage.Placed(new ClusterId(13), "未知开发区集群", List.of(""));
    assertThat(unknownZone.coveredBy(Scope.region("nc", "360100"))).isFalse();
    assertThat(unknownZone.cityCodes()).isEmpty();
  }

  @Test
  void the_cities_are_those_of_the_hosts_in_order_each_once() {
    ClusterCoverage.Placed placed =
        new ClusterCoverage.Placed(
            new ClusterId(14), "集群", List.of("360602", "360121", "360103", "360000", "310000"));
    assertThat(placed.cityCodes()).containsExactly("360600", "360100");
  }
}

package org.clusteratlas.management;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.clusteratlas.AtlasIntegrationTest;
import org.clusteratlas.cluster.ClusterId;
import org.clusteratlas.eligibility.Eligibility;
import org.clusteratlas.evaluation.Evaluations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code became_eligible} flags the demo's 2025 evaluation made after its commit, against the
 * eligibility board itself (source of the expected clusters: {@link Eligibility#eligible} of 2025
 * less that of 2024). Reads only: the flags were made when the demo province was loaded.
 */
@AtlasIntegrationTest
class EligibilityFlagsTests {

  @Autowired Eligibility eligibility;
  @Autowired Evaluations evaluations;
  @Autowired DynamicManagement management;
  @Autowired JdbcClient jdbc;

  @Test
  void theDemosLatestRunFlagsExactlyTheClustersThatCouldApplyThisYearAndNotLast() {
    long run = evaluations.findLatest(2025).orElseThrow().runId();
    Map<ClusterId, Set<String>> before = ladders(2024);
    Set<Long> expected = new HashSet<>();
    ladders(2025)
        .forEach(
            (id, now) -> {
              if (!before.getOrDefault(id, Set.of()).containsAll(now)) {
                expected.add(id.value());
              }
            });

    Set<Long> flagged =
        new HashSet<>(
            jdbc.sql(
                    "select cluster_id from management_proposal where run_id = ? and kind ="
                        + " 'became_eligible'")
                .param(run)
                .query(Long.class)
                .list());

    assertThat(flagged).isEqualTo(expected);
    // made once: asking again adds nothing
    assertThat(management.proposeEligibility(2025, run)).isZero();
  }

  private Map<ClusterId, Set<String>> ladders(int year) {
    Map<ClusterId, Set<String>> ladders = new HashMap<>();
    eligibility
        .eligible(year)
        .forEach(
            (ladder, ids) ->
                ids.forEach(
                    id -> ladders.computeIfAbsent(id, k -> new HashSet<>()).add(ladder.code())));
    return ladders;
  }
}

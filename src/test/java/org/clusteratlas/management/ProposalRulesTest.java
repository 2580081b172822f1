package org.clusteratlas.management;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.clusteratlas.cluster.ClusterId;
import org.clusteratlas.evaluation.Grade;
import org.clusteratlas.indicator.RevenueTier;
import org.junit.jupiter.api.Test;

/** The rules of dynamic management, one cluster's standing at a time. */
class ProposalRulesTest {

  private static final ProposalRules DEFAULTS = new ProposalRules(ManagementProperties.defaults());
  private static final ClusterId CLUSTER = new ClusterId(7);

  private static Standing standing(
      Grade grade,
      Map<Integer, Grade> earlier,
      Integer warnedFor,
      RevenueTier tier,
      RevenueTier last) {
    return new Standing(
        CLUSTER, "某集群", 2025, grade, new BigDecimal("58.40"), earlier, warnedFor, tier, last);
  }

  private static Standing graded(Grade grade, Map<Integer, Grade> earlier, Integer warnedFor) {
    return standing(grade, earlier, warnedFor, null, null);
  }

  private static List<ProposalRules.Proposed> propose(ProposalRules rules, Standing s) {
    return rules.propose(List.of(s));
  }

  @Test
  void aClusterGradedFailForTheFirstTimeIsProposedForAWarning() {
    List<ProposalRules.Proposed> proposed =
        propose(DEFAULTS, graded(Grade.FAIL, Map.of(2024, Grade.PASS), null));

    assertThat(proposed)
        .extracting(p -> p.kind(), p -> p.grounds().key(), p -> p.grounds().arguments())
        .containsExactly(
            tuple(ProposalKind.WARN, "management.grounds.failed", List.of("2025", "58.40")));
  }

  @Test
  void aClusterGradedFailTwoYearsRunningIsProposedForRevocationNotAnotherWarning() {
    List<ProposalRules.Proposed> proposed =
        propose(DEFAULTS, graded(Grade.FAIL, Map.of(2024, Grade.FAIL), null));

    assertThat(proposed)
        .extracting(p -> p.kind(), p -> p.grounds().key(), p -> p.grounds().arguments())
        .containsExactly(
            tuple(
                ProposalKind.REVOKE,
                "management.grounds.failed-repeatedly",
                List.of("2", "2024", "2025", "58.40")));
  }

  @Test
  void failuresSeparatedByAYearWithoutAFailAreNotConsecutive() {
    List<ProposalRules.Proposed> proposed =
        propose(DEFAULTS, graded(Grade.FAIL, Map.of(2023, Grade.FAIL), null));

    assertThat(proposed)
        .extracting(ProposalRules.Proposed::kind)
        .containsExactly(ProposalKind.WARN);
  }

  @Test
  void aWarnedClusterStillFailingAtTheNextEvaluationIsProposedForRevocation() {
    List<ProposalRules.Proposed> proposed =
        propose(DEFAULTS, graded(Grade.FAIL, Map.of(2024, Grade.PASS), 2024));

    assertThat(proposed)
        .extracting(p -> p.kind(), p -> p.grounds().key(), p -> p.grounds().arguments())
        .containsExactly(
            tuple(
                ProposalKind.REVOKE,
                "management.grounds.failed-after-warning",
                List.of("2024", "2025", "58.40")));
  }

  @Test
  void aWarningForTheSameYearsEvaluationIsNeitherRepeatedNorTakenAsAFailureAfterIt() {
    assertThat(propose(DEFAULTS, graded(Grade.FAIL, Map.of(), 2025))).isEmpty();
  }

  @Test
  void theRepeatCountAndTheFailingActionAreSettings() {
    ProposalRules threeThenDemote = new ProposalRules(new ManagementProperties(3, "demote", true));

    assertThat(propose(threeThenDemote, graded(Grade.FAIL, Map.of(2024, Grade.FAIL), null)))
        .extracting(ProposalRules.Proposed::kind)
        .containsExactly(ProposalKind.WARN);
    assertThat(
            propose(
                threeThenDemote,
                graded(Grade.FAIL, Map.of(2024, Grade.FAIL, 2023, Grade.FAIL), null)))
        .extracting(ProposalRules.Proposed::kind)
        .containsExactly(ProposalKind.DEMOTE);
  }

  @Test
  void aWarnedClusterGradedPassOrBetterIsProposedToHaveItsWarningLifted() {
    List<ProposalRules.Proposed> proposed =
        propose(DEFAULTS, graded(Grade.PASS, Map.of(2024, Grade.FAIL), 2024));

    assertThat(proposed)
        .extracting(p -> p.kind(), p -> p.grounds().arguments())
        .containsExactly(
            tuple(ProposalKind.LIFT_WARNING, List.of("2024", "2025", "grade:pass", "58.40")));
  }

  @Test
  void aClusterThatPassesWithoutAWarningIsProposedNothing() {
    assertThat(propose(DEFAULTS, graded(Grade.GOOD, Map.of(2024, Grade.FAIL), null))).isEmpty();
  }

  @Test
  void aChangeOfRevenueTierIsFlaggedUpOrDown() {
    List<ProposalRules.Proposed> up =
        propose(
            DEFAULTS,
            standing(Grade.GOOD, Map.of(), null, RevenueTier.OVER_50BN, RevenueTier.OVER_10BN));
    List<ProposalRules.Proposed> down =
        propose(
            DEFAULTS,
            standing(Grade.GOOD, Map.of(), null, RevenueTier.BELOW, RevenueTier.OVER_10BN));
    List<ProposalRules.Proposed> same =
        propose(
            DEFAULTS,
            standing(Grade.GOOD, Map.of(), null, RevenueTier.OVER_10BN, RevenueTier.OVER_10BN));

    assertThat(up)
        .extracting(p -> p.kind(), p -> p.grounds().arguments())
        .containsExactly(
            tuple(
                ProposalKind.TIER_CROSSED,
                List.of("direction:up", "2024", "tier:over_10bn", "2025", "tier:over_50bn")));
    assertThat(down)
        .singleElement()
        .satisfies(p -> assertThat(p.grounds().arguments()).first().isEqualTo("direction:down"));
    assertThat(same).isEmpty();
  }

  @Test
  void tierFlagsCanBeTurnedOff() {
    ProposalRules noFlags = new ProposalRules(new ManagementProperties(2, "revoke", false));

    assertThat(
            propose(
                noFlags,
                standing(Grade.GOOD, Map.of(), null, RevenueTier.OVER_50BN, RevenueTier.BELOW)))
        .isEmpty();
  }

  @Test
  void aClusterThatCouldApplyThisYearAndNotLastYearIsFlaggedForThoseLaddersOnly() {
    var grounds =
        ProposalRules.becameEligible(
            2025,
            java.util.Set.of("national_sme_characteristic", "provincial_advanced_manufacturing"),
            java.util.Set.of("provincial_advanced_manufacturing"));

    assertThat(grounds)
        .hasValueSatisfying(
            g -> {
              assertThat(g.key()).isEqualTo("management.grounds.became-eligible");
              assertThat(g.arguments())
                  .containsExactly("2025", "ladder:national_sme_characteristic");
            });
  }

  @Test
  void aClusterEligibleBothYearsOrNeitherIsNotFlagged() {
    assertThat(
            ProposalRules.becameEligible(
                2025,
                java.util.Set.of("national_sme_characteristic"),
                java.util.Set.of("national_sme_characteristic")))
        .isEmpty();
    assertThat(ProposalRules.becameEligible(2025, java.util.Set.of(), java.util.Set.of()))
        .isEmpty();
  }
}

package org.clusteratlas.management;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.clusteratlas.AtlasIntegrationTest;
import org.clusteratlas.cluster.Cluster;
import org.clusteratlas.cluster.ClusterId;
import org.clusteratlas.cluster.ClusterRegister;
import org.clusteratlas.cluster.DesignationKind;
import org.clusteratlas.evaluation.ClusterResult;
import org.clusteratlas.evaluation.Evaluation;
import org.clusteratlas.evaluation.Evaluations;
import org.clusteratlas.evaluation.Grade;
import org.clusteratlas.lifecycle.Caller;
import org.clusteratlas.lifecycle.CaseState;
import org.clusteratlas.lifecycle.DesignationLifecycle;
import org.clusteratlas.lifecycle.LifecycleCase;
import org.clusteratlas.lifecycle.StepRequest;
import org.clusteratlas.lifecycle.Transition;
import org.clusteratlas.shared.Actor;
import org.clusteratlas.shared.RuleViolation;
import org.clusteratlas.shared.Scope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposals from evaluation runs of the demo province, rolled back after each test. The default
 * scheme grades every demo cluster 合格 or better (its self-report leaves score their missing 60), so
 * the tests publish a stricter scheme whose pass mark the weakest tenth of 2025's clusters miss.
 */
@AtlasIntegrationTest
@Transactional
class ProposalIntegrationTests {

  private static final Actor ADMIN = StrictScheme.ADMIN;
  private static final Scope PROVINCE = Scope.province("test-management");

  @Autowired Evaluations evaluations;
  @Autowired DynamicManagement management;
  @Autowired DesignationLifecycle lifecycle;
  @Autowired JdbcClient jdbc;
  @Autowired ClusterRegister clusters;
  @Autowired Clock clock;

  private void strictFrom(int year) {
    StrictScheme.from(evaluations, year);
  }

  private void lenientFrom(int year) {
    StrictScheme.lenientFrom(evaluations, year);
  }

  private List<Proposal> ofRun(long runId) {
    return management.proposals(null, null, null, PROVINCE).stream()
        .filter(p -> p.runId() == runId)
        .toList();
  }

  private static Set<Long> failing(Evaluation run) {
    return run.results().stream()
        .filter(r -> r.grade() == Grade.FAIL)
        .map(ClusterResult::clusterId)
        .collect(Collectors.toSet());
  }

  private LifecycleCase provincialCase(ClusterId cluster) {
    return lifecycle.casesOf(cluster, PROVINCE).cases().stream()
        .filter(c -> c.kind() == DesignationKind.PROVINCIAL && !c.state().isEnded())
        .findFirst()
        .orElseThrow();
  }

  private long count(String sql, Object... params) {
    return jdbc.sql(sql).params(List.of(params)).query(Long.class).single();
  }

  @Test
  void aRunProposesAWarningOrARevocationForEveryClusterGradedFailAndNothingElseForThem() {
    strictFrom(2024);

    Evaluation run = evaluations.run(2025, ADMIN);

    List<Proposal> proposals = ofRun(run.runId());
    Set<Long> failing = failing(run);
    assertThat(failing).hasSizeGreaterThanOrEqualTo(10);
    assertThat(
            proposals.stream()
                .filter(p -> p.kind() == ProposalKind.WARN || p.kind() == ProposalKind.REVOKE)
                .map(p -> p.cluster().value())
                .toList())
        .containsExactlyInAnyOrderElementsOf(failing);
    assertThat(proposals)
        .allSatisfy(
            p -> {
              assertThat(p.year()).isEqualTo(2025);
              assertThat(p.state()).isEqualTo(ProposalState.OPEN);
              assertThat(p.clusterName()).endsWith("集群");
            });
    assertThat(proposals)
        .filteredOn(p -> p.kind() == ProposalKind.WARN)
        .allSatisfy(p -> assertThat(p.grounds().key()).isEqualTo("management.grounds.failed"));
  }

  @Test
  void aClusterGradedFailTwoYearsRunningIsProposedForRevocationInTheSecond() {
    strictFrom(2024);
    Evaluation first = evaluations.run(2024, ADMIN);
    Evaluation second = evaluations.run(2025, ADMIN);
    Set<Long> twice = failing(first);
    twice.retainAll(failing(second));

    List<Proposal> proposals = ofRun(second.runId());

    assertThat(twice).isNotEmpty();
    assertThat(proposals)
        .filteredOn(p -> twice.contains(p.cluster().value()))
        .extracting(Proposal::kind)
        .contains(ProposalKind.REVOKE)
        .isSubsetOf(ProposalKind.REVOKE, ProposalKind.TIER_CROSSED);
    assertThat(proposals)
        .filteredOn(p -> p.kind() == ProposalKind.REVOKE)
        .extracting(p -> p.grounds().arguments().subList(0, 3))
        .containsOnly(List.of("2", "2024", "2025"));
  }

  @Test
  void aNewRunOfTheSameYearSupersedesTheOpenProposalsAndKeepsTheDecidedOnes() {
    strictFrom(2024);
    Evaluation first = evaluations.run(2025, ADMIN);
    List<Proposal> before = ofRun(first.runId());
    Proposal rejected = before.get(0);
    management.reject(rejected.id(), ADMIN, "数据待核实", null);

    Evaluation second = evaluations.run(2025, ADMIN);

    List<Proposal> after = ofRun(first.runId());
    assertThat(after)
        .filteredOn(p -> !p.id().equals(rejected.id()))
        .hasSize(before.size() - 1)
        .allSatisfy(
            p -> {
              assertThat(p.state()).isEqualTo(ProposalState.SUPERSEDED);
              assertThat(p.decision().orElseThrow().supersededByRun()).isEqualTo(second.runId());
            });
    assertThat(management.proposal(rejected.id(), PROVINCE).state())
        .isEqualTo(ProposalState.REJECTED);
    assertThat(ofRun(second.runId()))
        .hasSize(before.size())
        .allSatisfy(p -> assertThat(p.state()).isEqualTo(ProposalState.OPEN));
  }

  @Test
  void confirmingAWarningWarnsTheProvincialCaseAndRecordsTheDecisionWithItsStep() {
    strictFrom(2024);
    Evaluation run = evaluations.run(2025, ADMIN);
    Proposal warn =
        ofRun(run.runId()).stream()
            .filter(p -> p.kind() == ProposalKind.WARN)
            .min(Comparator.comparing(Proposal::id))
            .orElseThrow();

    Proposal confirmed = management.confirm(warn.id(), ADMIN, "经厅长办公会议审议，予以黄牌警告", "赣工信字〔2026〕12号");

    LifecycleCase c = provincialCase(warn.cluster());
    assertThat(c.state()).isEqualTo(CaseState.WARNED);
    var step = c.steps().get(c.steps().size() - 1);
    assertThat(step.transition()).isEqualTo(Transition.WARN);
    assertThat(step.reason()).isEqualTo("经厅长办公会议审议，予以黄牌警告");
    assertThat(step.documents()).containsExactly("赣工信字〔2026〕12号");
    assertThat(step.actor()).isEqualTo(ADMIN);
    Decision d = confirmed.decision().orElseThrow();
    assertThat(confirmed.state()).isEqualTo(ProposalState.CONFIRMED);
    assertThat(d.lifecycleCaseId()).isEqualTo(c.id());
    assertThat(d.lifecycleStepSeq()).isEqualTo(step.seq());
    assertThat(
            count(
                "select count(*) from management_decision where proposal_id = ?"
                    + " and decision = 'confirmed' and actor_name = ?",
                warn.id(),
                ADMIN.name()))
        .isEqualTo(1L);

    // the warning answers 2025: a re-run of 2025 neither warns again nor proposes revocation
    Evaluation again = evaluations.run(2025, ADMIN);
    assertThat(ofRun(again.runId()))
        .filteredOn(p -> p.cluster().equals(warn.cluster()))
        .extracting(Proposal::kind)
        .doesNotContain(ProposalKind.WARN, ProposalKind.REVOKE);
  }

  @Test
  void aClusterWarnedAfter2024AndGradedPassIn2025IsProposedToHaveItsWarningLifted() {
    strictFrom(2024);
    Evaluation first = evaluations.run(2024, ADMIN);
    Proposal warn =
        ofRun(first.runId()).stream()
            .filter(p -> p.kind() == ProposalKind.WARN)
            .min(Comparator.comparing(Proposal::id))
            .orElseThrow();
    management.confirm(warn.id(), ADMIN, "黄牌警告", null);
    lenientFrom(2025);

    Evaluation second = evaluations.run(2025, ADMIN);

    Proposal lift =
        ofRun(second.runId()).stream()
            .filter(p -> p.cluster().equals(warn.cluster()))
            .filter(p -> p.kind() == ProposalKind.LIFT_WARNING)
            .findFirst()
            .orElseThrow();
    assertThat(lift.grounds().arguments().subList(0, 2)).containsExactly("2024", "2025");
    management.confirm(lift.id(), ADMIN, "2025年度评价合格，解除警告", null);
    assertThat(provincialCase(warn.cluster()).state()).isEqualTo(CaseState.RECOGNISED);
  }

  @Test
  void aConfirmationTheLifecycleRefusesLeavesTheProposalOpenAndStoresNoDecision() {
    strictFrom(2024);
    Evaluation run = evaluations.run(2025, ADMIN);
    Proposal warn =
        ofRun(run.runId()).stream()
            .filter(p -> p.kind() == ProposalKind.WARN)
            .findFirst()
            .orElseThrow();
    LifecycleCase c = provincialCase(warn.cluster());
    // warned directly, outside the proposals: the proposal's step is no longer allowed
    lifecycle.take(c.id(), StepRequest.of(Transition.WARN, "直接警告", List.of()), Caller.of(ADMIN));
    long steps = c.steps().size() + 1;

    assertThatThrownBy(() -> management.confirm(warn.id(), ADMIN, "黄牌警告", null))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            e -> {
              assertThat(e.rule()).isEqualTo("management.step-refused");
              assertThat(e.message(java.util.Locale.ENGLISH))
                  .contains("#" + warn.id())
                  .contains("stays open")
                  .contains("does not allow the step warn");
            });
    assertThat(management.proposal(warn.id(), PROVINCE).state()).isEqualTo(ProposalState.OPEN);
    assertThat(count("select count(*) from management_decision where proposal_id = ?", warn.id()))
        .isZero();
    assertThat(provincialCase(warn.cluster()).steps()).hasSize((int) steps);
  }

  @Test
  void rejectingWithoutAReasonIsRefusedAndStoresNothing() {
    strictFrom(2024);
    Evaluation run = evaluations.run(2025, ADMIN);
    Proposal p = ofRun(run.runId()).get(0);

    assertThatThrownBy(() -> management.reject(p.id(), ADMIN, " ", "赣工信字〔2026〕1号"))
        .isInstanceOfSatisfying(
            RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("management.reason-missing"));
    assertThat(management.proposal(p.id(), PROVINCE).state()).isEqualTo(ProposalState.OPEN);
    assertThat(count("select count(*) from management_decision where proposal_id = ?", p.id()))
        .isZero();
  }

  @Test
  void theDecisionsTableRefusesUpdates() {
    strictFrom(2024);
    Evaluation run = evaluations.run(2025, ADMIN);
    Proposal p = ofRun(run.runId()).get(0);
    management.reject(p.id(), ADMIN, "理由", null);

    assertThatThrownBy(
            () ->
                jdbc.sql("update management_decision set reason = 'changed' where proposal_id = ?")
                    .param(p.id())
                    .update())
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("never changed");
  }

  @Test
  void theDecisionsTableRefusesDeletes() {
    strictFrom(2024);
    Evaluation run = evaluations.run(2025, ADMIN);
    Proposal p = ofRun(run.runId()).get(0);
    management.reject(p.id(), ADMIN, "理由", null);

    assertThatThrownBy(
            () ->
                jdbc.sql("delete from management_decision where proposal_id = ?")
                    .param(p.id())
                    .update())
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("never changed");
  }

  @Test
  void confirmingForAClusterThatHoldsTheDesignationWithoutACaseEnrolsItFirst() {
    LocalDate today = LocalDate.now(clock.withZone(LifecycleCase.ZONE));
    Cluster outside =
        clusters.all().stream()
            .filter(c -> !c.holds(DesignationKind.PROVINCIAL, today))
            .findFirst()
            .orElseThrow();
    clusters.grant(outside.id(), DesignationKind.PROVINCIAL, today.minusDays(30), "赣工信字〔2026〕7号");
    Evaluation run = evaluations.run(2025, ADMIN);
    long id =
        jdbc.sql(
                "insert into management_proposal (year, run_id, cluster_id, kind, grounds_key,"
                    + " grounds_args, proposed_at) values (2025, ?, ?, 'warn',"
                    + " 'management.grounds.failed', '{2025,58.00}', now()) returning id")
            .params(run.runId(), outside.id().value())
            .query(Long.class)
            .single();

    management.confirm(id, ADMIN, "黄牌警告", null);

    LifecycleCase c = provincialCase(outside.id());
    assertThat(c.state()).isEqualTo(CaseState.WARNED);
    assertThat(c.steps())
        .extracting(s -> s.transition())
        .containsExactly(Transition.ENROL, Transition.WARN);
    assertThat(c.steps().get(0).reason()).contains("#" + id);
    assertThat(c.steps().get(0).actor()).isEqualTo(ADMIN);
  }

  @Test
  void theDemoProvinceEnrolledEveryProvincialClusterInTheLifecycle() {
    assertThat(
            count(
                "select count(distinct cluster_id) from lifecycle_case"
                    + " where kind = 'provincial' and state = 'recognised'"))
        .isGreaterThanOrEqualTo(118L);
  }
}

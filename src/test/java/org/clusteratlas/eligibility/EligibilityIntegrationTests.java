package org.clusteratlas.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.clusteratlas.AtlasIntegrationTest;
import org.clusteratlas.cluster.ClusterId;
import org.clusteratlas.cluster.ClusterRegister;
import org.clusteratlas.evaluation.ClusterResult;
import org.clusteratlas.evaluation.Evaluation;
import org.clusteratlas.evaluation.Evaluations;
import org.clusteratlas.evaluation.Grade;
import org.clusteratlas.region.RegionDirectory;
import org.clusteratlas.shared.AccessRefusedException;
import org.clusteratlas.shared.Actor;
import org.clusteratlas.shared.RuleViolation;
import org.clusteratlas.shared.Scope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** The board on the demo province's records of 2025. */
@AtlasIntegrationTest
class EligibilityIntegrationTests {

  @Autowired Eligibility eligibility;
  @Autowired org.clusteratlas.selfreport.SelfReports selfReports;
  @Autowired ClusterRegister register;
  @Autowired RegionDirectory regions;
  @Autowired Evaluations evaluations;

  private static final Scope PROVINCE = Scope.province("it-eligibility");

  private long idOf(String name) {
    return register.all().stream()
        .filter(c -> c.name().equals(name))
        .findFirst()
        .orElseThrow()
        .id()
        .value();
  }

  private static Board.LadderBoard ladder(Board board, Ladder ladder) {
    return board.ladders().stream().filter(l -> l.ladder() == ladder).findFirst().orElseThrow();
  }

  private static Candidate candidate(Board.LadderBoard l, long id) {
    return l.candidates().stream().filter(c -> c.clusterId() == id).findFirst().orElseThrow();
  }

  private static Map<String, Verdict> verdicts(Candidate c) {
    return c.verdicts().stream().collect(Collectors.toMap(RuleResult::rule, RuleResult::verdict));
  }

  @Test
  void eachLadderListsTheClustersHoldingTheRungBelowAndNotYetItsDesignation() {
    Board board = eligibility.board(2025, PROVINCE);

    assertThat(board.criteriaVersion()).isEqualTo("2022.1");
    // of the 118 provincial clusters 16 hold the national SME designation and 14 the provincial
    // advanced manufacturing one, which are the candidates for the national rung
    assertThat(ladder(board, Ladder.NATIONAL_SME_CHARACTERISTIC).candidates()).hasSize(102);
    assertThat(ladder(board, Ladder.PROVINCIAL_ADVANCED_MANUFACTURING).candidates()).hasSize(104);
    assertThat(ladder(board, Ladder.NATIONAL_ADVANCED_MANUFACTURING).candidates()).hasSize(14);
    // the area comes from the 2025 self-report: unknown exactly for those that filed none
    List<Candidate> sme = ladder(board, Ladder.NATIONAL_SME_CHARACTERISTIC).candidates();
    Map<ClusterId, Map<String, java.math.BigDecimal>> declared =
        selfReports.valuesAsOf(
            2025,
            selfReports.currentVersion(),
            sme.stream().map(c -> new ClusterId(c.clusterId())).toList());
    assertThat(sme)
        .allSatisfy(
            c ->
                assertThat(verdicts(c).get("area") == Verdict.UNKNOWN)
                    .as(c.name())
                    .isEqualTo(
                        !declared.containsKey(new ClusterId(c.clusterId()))
                            || declared.get(new ClusterId(c.clusterId())).get("area_km2") == null));
    assertThat(ladder(board, Ladder.NATIONAL_SME_CHARACTERISTIC).couldApply()).isPositive();
  }

  @Test
  void anyiAluminiumLacksOnlyItsAreaForTheNationalSmeDesignation() {
    long anyi = idOf("安义铝合金塑型材产业集群");
    Candidate c =
        candidate(
            ladder(eligibility.board(2025, PROVINCE), Ladder.NATIONAL_SME_CHARACTERISTIC), anyi);

    assertThat(c.couldApply()).isFalse();
    assertThat(c.lacking()).containsExactly("area");
    assertThat(verdicts(c))
        .containsEntry("one-county", Verdict.MET)
        .containsEntry("output-3y", Verdict.MET)
        .containsEntry("sme-share", Verdict.MET)
        .containsEntry("leading-share", Verdict.MET)
        .containsEntry("champions", Verdict.MET);
    assertThat(c.verdict("one-county").reason().args()).containsExactly("安义县");
    assertThat(c.verdict("output-3y").reason().args()).startsWith("2023", "2025", "40.0");
  }

  @Test
  void aZoneCountingInItsCityIsNotInOneCounty() {
    long gaoxin = idOf("南昌高新区光电及通信产业集群");
    ClusterEligibility e = eligibility.cluster(2025, new ClusterId(gaoxin), PROVINCE);
    ClusterEligibility.LadderCheck sme =
        e.ladders().stream()
            .filter(l -> l.ladder() == Ladder.NATIONAL_SME_CHARACTERISTIC)
            .findFirst()
            .orElseThrow();

    RuleResult oneCounty = sme.check().verdict("one-county");
    assertThat(oneCounty.verdict()).isEqualTo(Verdict.NOT_MET);
    assertThat(oneCounty.reason().args()).containsExactly("南昌高新区", "南昌市");
    // it holds the provincial advanced manufacturing designation already
    assertThat(e.ladders())
        .filteredOn(l -> l.ladder() == Ladder.PROVINCIAL_ADVANCED_MANUFACTURING)
        .singleElement()
        .satisfies(l -> assertThat(l.holds()).isTrue());
  }

  @Test
  @Transactional
  void onceTheYearIsEvaluatedTheGradeCriterionFollowsEachClustersGrade() {
    // the demo evaluates 2024 and 2025 when it loads; 2023 has records but no run
    assertThat(evaluations.findLatest(2023)).isEmpty();
    Board before = eligibility.board(2023, PROVINCE);
    assertThat(ladder(before, Ladder.NATIONAL_ADVANCED_MANUFACTURING).candidates())
        .isNotEmpty()
        .allSatisfy(c -> assertThat(verdicts(c).get("grade")).isEqualTo(Verdict.UNKNOWN));

    Evaluation run = evaluations.run(2023, Actor.provinceAdministrator("it-eligibility"));
    Map<Long, Grade> grades =
        run.results().stream()
            .collect(Collectors.toMap(ClusterResult::clusterId, ClusterResult::grade));
    Board after = eligibility.board(2023, PROVINCE);

    for (Candidate c : ladder(after, Ladder.NATIONAL_ADVANCED_MANUFACTURING).candidates()) {
      Grade grade = grades.get(c.clusterId());
      Verdict expected =
          grade == null
              ? Verdict.UNKNOWN
              : grade.ordinal() <= Grade.GOOD.ordinal() ? Verdict.MET : Verdict.NOT_MET;
      assertThat(verdicts(c).get("grade")).as(c.name()).isEqualTo(expected);
      assertThat(c.couldApply()).isEqualTo(c.lacking().isEmpty());
    }
    // the list the dynamic-management flags use is the board's "could apply"
    assertThat(eligibility.eligible(2023).get(Ladder.NATIONAL_ADVANCED_MANUFACTURING))
        .containsExactlyInAnyOrderElementsOf(
            ladder(after, Ladder.NATIONAL_ADVANCED_MANUFACTURING).candidates().stream()
                .filter(Candidate::couldApply)
                .map(c -> new ClusterId(c.clusterId()))
                .toList());
  }

  @Test
  void aNanchangOfficerSeesOnlyClustersHostedInNanchang() {
    Scope nanchang = Scope.region("it-nanchang", "360100");
    Board board = eligibility.board(2025, nanchang);

    Set<Long> inNanchang =
        register.all().stream()
            .filter(c -> c.hosts().stream().allMatch(h -> hostRegion(h).startsWith("3601")))
            .map(c -> c.id().value())
            .collect(Collectors.toSet());
    List<Long> shown =
        board.ladders().stream()
            .flatMap(l -> l.candidates().stream())
            .map(Candidate::clusterId)
            .toList();
    assertThat(shown).isNotEmpty().contains(idOf("安义铝合金塑型材产业集群"));
    assertThat(inNanchang).containsAll(shown);

    long ganzhou = idOf("赣县稀土金属新材料及应用产业集群");
    assertThatThrownBy(() -> eligibility.cluster(2025, new ClusterId(ganzhou), nanchang))
        .isInstanceOf(AccessRefusedException.class);
  }

  @Test
  void theOrganisationOfAClusterSeesItsOwnClusterOnly() {
    long anyi = idOf("安义铝合金塑型材产业集群");
    Board board = eligibility.board(2025, Scope.cluster("it-anyi", anyi));
    assertThat(board.ladders().stream().flatMap(l -> l.candidates().stream()))
        .isNotEmpty()
        .allSatisfy(c -> assertThat(c.clusterId()).isEqualTo(anyi));
  }

  @Test
  void thePublicAYearWithoutDataAndAnUnknownClusterAreRefused() {
    assertThatThrownBy(() -> eligibility.board(2025, Scope.anonymous()))
        .isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(() -> eligibility.board(2019, PROVINCE))
        .isInstanceOfSatisfying(
            RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("eligibility-year.unknown"));
    assertThatThrownBy(() -> eligibility.cluster(2025, new ClusterId(99_999), PROVINCE))
        .isInstanceOfSatisfying(
            RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("cluster.unknown"));
  }

  private String hostRegion(org.clusteratlas.cluster.ClusterHost host) {
    return host.isZone()
        ? regions.zone(host.zone()).orElseThrow().parent().value()
        : host.region().value();
  }
}

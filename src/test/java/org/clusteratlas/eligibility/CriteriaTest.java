package org.clusteratlas.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clusteratlas.eligibility.Facts.county;
import static org.clusteratlas.eligibility.Facts.dec;
import static org.clusteratlas.eligibility.Facts.member;

import java.math.BigDecimal;
import java.util.List;
import org.clusteratlas.cluster.DesignationKind;
import org.clusteratlas.evaluation.Grade;
import org.clusteratlas.indicator.MemberRecord;
import org.clusteratlas.indicator.RevenueTier;
import org.junit.jupiter.api.Test;

/** Each criterion met, not met and unknown, at its boundaries, with the reason it gives. */
class CriteriaTest {

  private static final BigDecimal SEVENTY = BigDecimal.valueOf(70);

  private static Verdict verdict(Criterion c, Facts f) {
    return c.check(f.build()).verdict();
  }

  // ---- rung --------------------------------------------------------------------------------

  @Test
  void holdingTheRungBelowOnTheLastDayOfTheYearMeetsTheRungCriterion() {
    Facts f = new Facts();
    RuleResult r = new HoldsRung(DesignationKind.PROVINCIAL).check(f.build());
    assertThat(r.verdict()).isEqualTo(Verdict.MET);
    assertThat(r.reason().args())
        .containsExactly("2025", new Reason.Term("designation.provincial"));
    assertThat(verdict(new HoldsRung(DesignationKind.PROVINCIAL_ADVANCED_MANUFACTURING), f))
        .isEqualTo(Verdict.NOT_MET);
  }

  // ---- one county --------------------------------------------------------------------------

  @Test
  void oneCountyRuleIsMetForTwoHostsInTheSameCounty() {
    Facts f = new Facts();
    f.hosts.add(new ClusterFacts.Host("DZ36012401", "进贤经开区", "360124", "进贤县", true));
    RuleResult r = new OneCounty().check(f.build());
    assertThat(r.verdict()).isEqualTo(Verdict.MET);
    assertThat(r.reason().args()).containsExactly("进贤县");
  }

  @Test
  void oneCountyRuleFailsForAClusterSpanningTwoCounties() {
    Facts f = new Facts();
    f.hosts.add(county("360121", "南昌县"));
    RuleResult r = new OneCounty().check(f.build());
    assertThat(r.verdict()).isEqualTo(Verdict.NOT_MET);
    assertThat(r.reason().key()).isEqualTo("eligibility.reason.one-county.several");
    assertThat(r.reason().args()).containsExactly("2", "进贤县、南昌县");
  }

  @Test
  void oneCountyRuleFailsForAZoneCountingInACity() {
    Facts f = new Facts();
    f.hosts = List.of(new ClusterFacts.Host("DZ36010001", "南昌高新区", "360100", "南昌市", false));
    RuleResult r = new OneCounty().check(f.build());
    assertThat(r.verdict()).isEqualTo(Verdict.NOT_MET);
    assertThat(r.reason().args()).containsExactly("南昌高新区", "南昌市");
  }

  @Test
  void oneCountyRuleIsUnknownForAHostTheDirectoryDoesNotKnow() {
    Facts f = new Facts();
    f.hosts = List.of(new ClusterFacts.Host("DZ36999901", "DZ36999901", null, null, false));
    assertThat(verdict(new OneCounty(), f)).isEqualTo(Verdict.UNKNOWN);
  }

  // ---- area --------------------------------------------------------------------------------

  @Test
  void anAreaOfExactly100SquareKilometresIsMetAndOneMoreIsNot() {
    AreaAtMost rule = new AreaAtMost(BigDecimal.valueOf(100));
    Facts f = new Facts();
    f.areaKm2 = new BigDecimal("100.0");
    assertThat(verdict(rule, f)).isEqualTo(Verdict.MET);
    f.areaKm2 = new BigDecimal("100.1");
    RuleResult r = rule.check(f.build());
    assertThat(r.verdict()).isEqualTo(Verdict.NOT_MET);
    assertThat(r.reason().args()).containsExactly("100.1", "100");
  }

  @Test
  void anAreaNotDeclaredInTheSelfReportIsUnknown() {
    RuleResult r = new AreaAtMost(BigDecimal.valueOf(100)).check(new Facts().build());
    assertThat(r.verdict()).isEqualTo(Verdict.UNKNOWN);
    assertThat(r.reason().key()).isEqualTo("eligibility.reason.area.not-declared");
  }

  // ---- output in each of three years -------------------------------------------------------

  private static final OutputEachYear FOUR_BN = new OutputEachYear(new BigDecimal("400000"), 3);

  @Test
  void exactly40YiOfOutputInEachYearIsMetBecauseTheThresholdIsAtLeast() {
    Facts f = new Facts();
    f.output.put(2023, new BigDecimal("400000.00"));
    f.output.put(2024, new BigDecimal("452000"));
    f.output.put(2025, new BigDecimal("498000"));
    RuleResult r = FOUR_BN.check(f.build());
    assertThat(r.verdict()).isEqualTo(Verdict.MET);
    assertThat(r.reason().args()).containsExactly("2023", "2025", "40.0", "2023", "40.0");
  }

  @Test
  void oneYearBelow40YiFailsNamingTheYearAndTheValue() {
    Facts f = new Facts();
    f.output.put(2023, new BigDecimal("382000"));
    f.output.put(2025, new BigDecimal("498000"));
    RuleResult r = FOUR_BN.check(f.build());
    // a failing year decides, even with 2024 unreported
    assertThat(r.verdict()).isEqualTo(Verdict.NOT_MET);
    assertThat(r.reason().args()).containsExactly("2023", "38.2", "40.0");
  }

  @Test
  void aYearWithoutOutputReportsMakesTheVerdictUnknownNamingThatYear() {
    Facts f = new Facts();
    f.output.put(2024, new BigDecimal("452000"));
    f.output.put(2025, new BigDecimal("498000"));
    RuleResult r = FOUR_BN.check(f.build());
    assertThat(r.verdict()).isEqualTo(Verdict.UNKNOWN);
    assertThat(r.reason().args()).containsExactly("2023");
  }

  // ---- SME share ---------------------------------------------------------------------------

  @Test
  void anSmeShareOfExactly70PercentIsNotMetBecauseTheCriterionIsMoreThan() {
    Facts f =
        new Facts()
            .with(member("35", "70", null, "30000", "500"))
            .with(member("35", "30", null, "50000", "1200"));
    RuleResult r = new SmeOutputShare(SEVENTY).check(f.build());
    assertThat(r.verdict()).isEqualTo(Verdict.NOT_MET);
    assertThat(r.reason().args()).containsExactly("70.0", "70");
  }

  @Test
  void anSmeShareJustAbove70PercentIsMet() {
    Facts f =
        new Facts()
            .with(member("35", "70.01", null, "30000", "500"))
            .with(member("35", "29.99", null, "50000", "1200"));
    assertThat(verdict(new SmeOutputShare(SEVENTY), f)).isEqualTo(Verdict.MET);
  }

  @Test
  void aFirmThatCannotBeClassifiedMakesTheShareUnknownWhenItDecides() {
    Facts f =
        new Facts()
            .with(member("35", "60", null, "30000", "500"))
            .with(member("35", "40", null, "50000", null));
    RuleResult r = new SmeOutputShare(SEVENTY).check(f.build());
    assertThat(r.verdict()).isEqualTo(Verdict.UNKNOWN);
    assertThat(r.reason().args()).containsExactly("60.0", "100.0", "70");
  }

  @Test
  void noOutputReportedLeavesTheSmeShareUnknown() {
    Facts f = new Facts().with(member("35", null, null, "30000", "500"));
    assertThat(verdict(new SmeOutputShare(SEVENTY), f)).isEqualTo(Verdict.UNKNOWN);
  }

  // ---- leading industry share --------------------------------------------------------------

  @Test
  void theLeadingIndustryShareIsMeasuredOnOutputAndExactly70PercentIsNotMet() {
    Facts f =
        new Facts()
            .with(member("35", "70", null, "1", "1"))
            .with(member("36", "30", null, "1000", "1"));
    RuleResult r = new LeadingIndustryShare(SEVENTY).check(f.build());
    assertThat(r.verdict()).isEqualTo(Verdict.NOT_MET);
    assertThat(r.reason().args())
        .contains(new Reason.Term("eligibility.basis.output"), "70.0", "70");
  }

  @Test
  void withoutOutputTheLeadingIndustryShareFallsBackOnRevenueAndSaysSo() {
    Facts f =
        new Facts()
            .with(member("35", null, null, "80", "1"))
            .with(member("36", null, null, "20", "1"));
    RuleResult r = new LeadingIndustryShare(SEVENTY).check(f.build());
    assertThat(r.verdict()).isEqualTo(Verdict.MET);
    assertThat(r.reason().args())
        .contains(new Reason.Term("eligibility.basis.revenue"), "80.0", "70");
  }

  @Test
  void aClusterWithoutALeadingIndustryIsUnknownOnItsShare() {
    Facts f = new Facts().with(member("35", "10", null, "1", "1"));
    f.leading = null;
    assertThat(verdict(new LeadingIndustryShare(SEVENTY), f)).isEqualTo(Verdict.UNKNOWN);
  }

  // ---- output growth -----------------------------------------------------------------------

  @Test
  void outputGrowthOfExactly10PercentIsNotMetAndAboveItIs() {
    OutputGrowth rule = new OutputGrowth(BigDecimal.TEN);
    Facts exactly = new Facts().with(member("35", "110", "100", "1", "1"));
    assertThat(verdict(rule, exactly)).isEqualTo(Verdict.NOT_MET);
    Facts above = new Facts().with(member("35", "110.01", "100", "1", "1"));
    RuleResult r = rule.check(above.build());
    assertThat(r.verdict()).isEqualTo(Verdict.MET);
    assertThat(r.reason().args()).containsExactly("10.0", "10");
  }

  @Test
  void outputGrowthCountsOnlyMembersWithBothValuesAsTheComparableBasisDoes() {
    // the entrant without last year's value would otherwise double the growth
    Facts f =
        new Facts()
            .with(member("35", "105", "100", "1", "1"))
            .with(member("35", "100", null, "1", "1"));
    RuleResult r = new OutputGrowth(BigDecimal.TEN).check(f.build());
    assertThat(r.verdict()).isEqualTo(Verdict.NOT_MET);
    assertThat(r.reason().args()).containsExactly("5.0", "10");
  }

  @Test
  void outputGrowthWithoutLastYearsOutputIsUnknown() {
    Facts f = new Facts().with(member("35", "105", null, "1", "1"));
    assertThat(verdict(new OutputGrowth(BigDecimal.TEN), f)).isEqualTo(Verdict.UNKNOWN);
  }

  // ---- champions ---------------------------------------------------------------------------

  private static MemberRecord flagged(boolean specialised, boolean giant, String employees) {
    return new MemberRecord(
        1, "35", specialised, giant, false, dec("30000"), null, dec("1"), null, dec(employees));
  }

  @Test
  void oneLittleGiantIsEnough() {
    Facts f = new Facts().with(flagged(true, true, "300"));
    RuleResult r = new Champions(1, 10).check(f.build());
    assertThat(r.verdict()).isEqualTo(Verdict.MET);
    assertThat(r.reason().key()).isEqualTo("eligibility.reason.champions.giants");
  }

  @Test
  void tenSpecialisedSmesAreEnoughAndNineWithChampionsUndeclaredAreUnknown() {
    Facts ten = new Facts();
    for (int i = 0; i < 10; i++) {
      ten.with(flagged(true, false, "300"));
    }
    assertThat(verdict(new Champions(1, 10), ten)).isEqualTo(Verdict.MET);
    Facts nine = new Facts();
    for (int i = 0; i < 9; i++) {
      nine.with(flagged(true, false, "300"));
    }
    assertThat(verdict(new Champions(1, 10), nine)).isEqualTo(Verdict.UNKNOWN);
    nine.champions = 0;
    RuleResult r = new Champions(1, 10).check(nine.build());
    assertThat(r.verdict()).isEqualTo(Verdict.NOT_MET);
    assertThat(r.reason().args()).containsExactly("9", "10");
    nine.champions = 1;
    assertThat(verdict(new Champions(1, 10), nine)).isEqualTo(Verdict.MET);
  }

  @Test
  void aLargeSpecialisedFirmDoesNotCountAmongTheSmes() {
    Facts f = new Facts();
    f.champions = 0;
    for (int i = 0; i < 10; i++) {
      f.with(
          new MemberRecord(
              1, "35", false, false, true, dec("50000"), null, dec("1"), null, dec("1500")));
    }
    assertThat(verdict(new Champions(1, 10), f)).isEqualTo(Verdict.NOT_MET);
  }

  // ---- advanced ladders --------------------------------------------------------------------

  @Test
  void aChainInAnAdvancedAreaMeetsTheAreaCriterionAndNoAreaFails() {
    Facts f = new Facts();
    assertThat(verdict(new AdvancedArea(), f)).isEqualTo(Verdict.NOT_MET);
    f.area = new ClusterFacts.Named("adv_copper", "铜基新材料", "Copper-based new materials");
    RuleResult r = new AdvancedArea().check(f.build());
    assertThat(r.verdict()).isEqualTo(Verdict.MET);
    assertThat(r.reason().args())
        .containsExactly(new Reason.Named("铜基新材料", "Copper-based new materials"));
  }

  @Test
  void exactly500YiOfRevenueIsNotOver500YiAsThePlatformsTiersCount() {
    RevenueOver rule = new RevenueOver(RevenueTier.OVER_50BN);
    Facts exactly = new Facts().with(member("35", null, null, "5000000", "1"));
    RuleResult r = rule.check(exactly.build());
    assertThat(r.verdict()).isEqualTo(Verdict.NOT_MET);
    assertThat(r.reason().args()).containsExactly("500.0", "500.0");
    Facts over = new Facts().with(member("35", null, null, "5000000.01", "1"));
    assertThat(verdict(rule, over)).isEqualTo(Verdict.MET);
    assertThat(verdict(new RevenueOver(RevenueTier.OVER_100BN), over)).isEqualTo(Verdict.NOT_MET);
  }

  @Test
  void revenueIsUnknownWhenNoMemberReportedIt() {
    Facts f = new Facts().with(member("35", "1", null, null, "1"));
    assertThat(verdict(new RevenueOver(RevenueTier.OVER_50BN), f)).isEqualTo(Verdict.UNKNOWN);
  }

  @Test
  void goodOrBetterIsMetPassIsNotAndAYearNotEvaluatedIsUnknown() {
    GradeAtLeast rule = new GradeAtLeast(Grade.GOOD);
    Facts f = new Facts();
    assertThat(verdict(rule, f)).isEqualTo(Verdict.UNKNOWN);
    f.evaluated = true;
    assertThat(verdict(rule, f)).isEqualTo(Verdict.UNKNOWN);
    f.grade = Grade.EXCELLENT;
    assertThat(verdict(rule, f)).isEqualTo(Verdict.MET);
    f.grade = Grade.GOOD;
    assertThat(verdict(rule, f)).isEqualTo(Verdict.MET);
    f.grade = Grade.PASS;
    RuleResult r = rule.check(f.build());
    assertThat(r.verdict()).isEqualTo(Verdict.NOT_MET);
    assertThat(r.reason().args())
        .containsExactly(
            "2025",
            new Reason.Term("eligibility.grade.pass"),
            new Reason.Term("eligibility.grade.good"));
  }

  @Test
  void revenueGrowthEqualToTheProvincesIsMetAndBelowIsNot() {
    RevenueGrowthAtLeastProvince rule = new RevenueGrowthAtLeastProvince();
    Facts f =
        new Facts()
            .with(
                new MemberRecord(
                    1, "35", false, false, false, dec("109"), dec("100"), null, null, null));
    assertThat(verdict(rule, f)).isEqualTo(Verdict.UNKNOWN);
    f.provinceGrowth = new BigDecimal("9");
    assertThat(verdict(rule, f)).isEqualTo(Verdict.MET);
    f.provinceGrowth = new BigDecimal("9.01");
    RuleResult r = rule.check(f.build());
    assertThat(r.verdict()).isEqualTo(Verdict.NOT_MET);
    assertThat(r.reason().args()).containsExactly("9.0", "9.0");
  }

  @Test
  void aCandidateCouldApplyOnlyWhenEveryCriterionIsMet() {
    RuleResult met = RuleResult.met("a", "met");
    RuleResult unknown = RuleResult.unknown("b", "x");
    RuleResult notMet = RuleResult.notMet("c", "x");
    assertThat(Candidate.of(1, "x", List.of(met)).couldApply()).isTrue();
    Candidate lacking = Candidate.of(1, "x", List.of(met, unknown, notMet));
    assertThat(lacking.couldApply()).isFalse();
    assertThat(lacking.lacking()).containsExactly("b", "c");
  }
}

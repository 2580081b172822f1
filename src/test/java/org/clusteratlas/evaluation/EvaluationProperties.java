package org.clusteratlas.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.clusteratlas.cluster.ClusterId;
import org.clusteratlas.shared.RuleViolation;

/** The scoring and the scheme checks over generated cohorts and weights. */
class EvaluationProperties {

  private static final Scheme SCHEME = SchemeJson.shippedDefault();
  private static final List<SchemeIndicator> STATISTIC_LEAVES =
      SCHEME.leaves().stream().filter(l -> !l.rule().source().isSelfReport()).toList();

  /** A raw value a statistic could take, or missing (null). */
  private static Arbitrary<BigDecimal> rawValue() {
    return Arbitraries.bigDecimals()
        .between(new BigDecimal("-200"), new BigDecimal("3000"))
        .ofScale(4)
        .injectNull(0.15);
  }

  private static Arbitrary<Map<String, BigDecimal>> clusterValues() {
    return rawValue()
        .list()
        .ofSize(STATISTIC_LEAVES.size())
        .map(
            values -> {
              Map<String, BigDecimal> byCode = new HashMap<>();
              for (int i = 0; i < values.size(); i++) {
                byCode.put(STATISTIC_LEAVES.get(i).code(), values.get(i));
              }
              return byCode;
            });
  }

  @Provide
  Arbitrary<Map<ClusterId, Map<String, BigDecimal>>> cohorts() {
    return clusterValues()
        .list()
        .ofMinSize(1)
        .ofMaxSize(12)
        .map(
            list -> {
              Map<ClusterId, Map<String, BigDecimal>> cohort = new LinkedHashMap<>();
              for (int i = 0; i < list.size(); i++) {
                cohort.put(new ClusterId(i + 1L), list.get(i));
              }
              return cohort;
            });
  }

  @Provide
  Arbitrary<Integer> statisticLeaves() {
    return Arbitraries.integers().between(0, STATISTIC_LEAVES.size() - 1);
  }

  @Property
  void everyTotalAndEveryNormalisedScoreLiesWithin0And100(
      @ForAll("cohorts") Map<ClusterId, Map<String, BigDecimal>> cohort) {
    for (ScoredCluster c : Scoring.score(SCHEME, cohort, Map.of())) {
      assertThat(c.total()).isBetween(BigDecimal.ZERO, Scheme.TOTAL);
      assertThat(c.total().scale()).isEqualTo(2);
      assertThat(c.leaves())
          .allSatisfy(l -> assertThat(l.normalised()).isBetween(BigDecimal.ZERO, Scheme.TOTAL));
    }
  }

  /**
   * Over every higher-is-better statistic leaf of the default scheme: those with fixed bounds
   * (efficacy 0–1000 亿, thresholds …) and, a stronger claim, those normalised within the cohort
   * (efficacy on the cohort's range, min–max, rank), whose bounds move with the raised value.
   */
  @Property
  void raisingOneHigherIsBetterStatisticOfOneClusterNeverLowersItsTotal(
      @ForAll("cohorts") Map<ClusterId, Map<String, BigDecimal>> cohort,
      @ForAll("statisticLeaves") int leafIndex,
      @ForAll @IntRange(min = 1, max = 12) int clusterNumber,
      @ForAll @IntRange(min = 1, max = 5000) int raiseByHundredths) {
    SchemeIndicator leaf = STATISTIC_LEAVES.get(leafIndex);
    Assume.that(leaf.rule().direction() == Direction.HIGHER);
    ClusterId cluster = new ClusterId(Math.min(clusterNumber, cohort.size()));
    BigDecimal before = cohort.get(cluster).get(leaf.code());
    Assume.that(before != null);

    Map<ClusterId, Map<String, BigDecimal>> raised = new LinkedHashMap<>(cohort);
    Map<String, BigDecimal> values = new HashMap<>(cohort.get(cluster));
    values.put(leaf.code(), before.add(BigDecimal.valueOf(raiseByHundredths, 2)));
    raised.put(cluster, values);

    assertThat(total(raised, cluster)).isGreaterThanOrEqualTo(total(cohort, cluster));
  }

  private static BigDecimal total(Map<ClusterId, Map<String, BigDecimal>> cohort, ClusterId id) {
    return Scoring.score(SCHEME, cohort, Map.of()).stream()
        .filter(c -> c.cluster().equals(id))
        .findFirst()
        .orElseThrow()
        .total();
  }

  @Property
  void firstLevelWeightsNotAddingUpTo100AreRefusedWithAMessageNamingTheFirstLevel(
      @ForAll @Size(8) List<@IntRange(min = 1, max = 30) Integer> weights) {
    int sum = weights.stream().mapToInt(Integer::intValue).sum();
    Assume.that(sum != 100);
    List<SchemeIndicator> first = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      first.add(SCHEME.indicators().get(i).withWeight(BigDecimal.valueOf(weights.get(i))));
    }

    assertThatThrownBy(() -> rebuilt(first))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            e -> {
              assertThat(e.rule()).isEqualTo("evaluation.scheme-weights");
              assertThat(e.message(Locale.SIMPLIFIED_CHINESE))
                  .contains("一级指标")
                  .contains(String.valueOf(sum));
              assertThat(e.message(Locale.ENGLISH)).contains("first-level");
            });
  }

  @Provide
  Arbitrary<SchemeIndicator> lowerIndicators() {
    return Arbitraries.of(
        SCHEME.levels().entrySet().stream()
            .filter(e -> e.getValue() > 1)
            .map(Map.Entry::getKey)
            .toList());
  }

  @Property
  void aLowerLevelWeightChangedAloneIsRefusedNamingItsParentAndItsLevel(
      @ForAll("lowerIndicators") SchemeIndicator changed,
      @ForAll @IntRange(min = -300, max = 300) int deltaHundredths) {
    BigDecimal weight = changed.weight().add(BigDecimal.valueOf(deltaHundredths, 2));
    Assume.that(deltaHundredths != 0 && weight.signum() > 0);
    int level = SCHEME.levels().get(changed);
    SchemeIndicator parent =
        SCHEME.levels().keySet().stream()
            .filter(i -> i.children().contains(changed))
            .findFirst()
            .orElseThrow();

    assertThatThrownBy(() -> rebuilt(replaced(SCHEME.indicators(), changed, weight)))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            e -> {
              assertThat(e.rule()).isEqualTo("evaluation.scheme-child-weights");
              assertThat(e.message(Locale.SIMPLIFIED_CHINESE))
                  .contains("指标 " + parent.code() + " 的下级指标（第 " + level + " 级）");
            });
  }

  private static List<SchemeIndicator> replaced(
      List<SchemeIndicator> nodes, SchemeIndicator changed, BigDecimal weight) {
    return nodes.stream()
        .map(
            n ->
                n.equals(changed)
                    ? n.withWeight(weight)
                    : n.isLeaf() ? n : n.withChildren(replaced(n.children(), changed, weight)))
        .toList();
  }

  private static Scheme rebuilt(List<SchemeIndicator> indicators) {
    return new Scheme(
        SCHEME.version(),
        SCHEME.year(),
        SCHEME.nameZh(),
        SCHEME.nameEn(),
        SCHEME.document(),
        SCHEME.note(),
        SCHEME.grades(),
        indicators);
  }

  @Property
  void aWhatIfWithConsistentFirstLevelWeightsIsAcceptedAndKeepsTheTotalAt100(
      @ForAll @IntRange(min = 1, max = 7) int from,
      @ForAll @IntRange(min = 1, max = 5) int points) {
    SchemeIndicator giver = SCHEME.indicators().get(from);
    SchemeIndicator taker = SCHEME.indicators().get(0);
    Assume.that(giver.weight().compareTo(BigDecimal.valueOf(points)) > 0);

    Scheme changed =
        SCHEME.withChanges(
            Map.of(
                giver.code(), giver.weight().subtract(BigDecimal.valueOf(points)),
                taker.code(), taker.weight().add(BigDecimal.valueOf(points))),
            null);

    assertThat(
            changed.leaves().stream()
                .map(SchemeIndicator::weight)
                .reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("100");
  }
}

package org.clusteratlas.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clusteratlas.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/** The shipped default scheme and the checks every scheme passes. */
class SchemeTest {

  private static final Scheme DEFAULT = SchemeJson.shippedDefault();

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  @Test
  void the_default_scheme_has_the_eight_first_level_weights_of_domain_section_5() {
    Map<String, BigDecimal> weights = new LinkedHashMap<>();
    DEFAULT.indicators().forEach(i -> weights.put(i.nameZh(), i.weight()));

    assertThat(weights)
        .containsExactly(
            Map.entry("规模效益", d("15")),
            Map.entry("项目支撑", d("15")),
            Map.entry("创新能力", d("15")),
            Map.entry("市场体系", d("10")),
            Map.entry("公共服务", d("15")),
            Map.entry("智慧集群", d("10")),
            Map.entry("绿色集约", d("10")),
            Map.entry("政策服务", d("10")));
  }

  @Test
  void the_default_scheme_has_20_second_level_and_37_third_level_indicators() {
    Map<SchemeIndicator, Integer> levels = DEFAULT.levels();

    assertThat(levels.values().stream().filter(l -> l == 2)).hasSize(20);
    assertThat(levels.values().stream().filter(l -> l == 3)).hasSize(37);
    assertThat(DEFAULT.leaves()).hasSize(37).allMatch(leaf -> levels.get(leaf) == 3);
  }

  @Test
  void
      the_default_scheme_cites_its_document_and_marks_every_name_below_the_first_level_as_reconstructed() {
    assertThat(DEFAULT.version()).isEqualTo("2021.1");
    assertThat(DEFAULT.year()).isEqualTo(2021);
    assertThat(DEFAULT.document()).contains("赣工信规字〔2021〕5号");
    assertThat(DEFAULT.note()).contains("重建").contains("reconstruction").contains("self_report");
    DEFAULT
        .levels()
        .forEach((indicator, level) -> assertThat(indicator.reconstructed()).isEqualTo(level > 1));
    assertThat(DEFAULT.grades()).isEqualTo(new GradeCutoffs(d("85"), d("75"), d("60")));
  }

  @Test
  void the_default_scheme_takes_24_points_from_statistics_and_76_from_the_self_report() {
    BigDecimal statistics =
        DEFAULT.leaves().stream()
            .filter(l -> !l.rule().source().isSelfReport())
            .map(SchemeIndicator::weight)
            .reduce(BigDecimal.ZERO, BigDecimal::add);

    assertThat(statistics).isEqualByComparingTo("24");
    assertThat(
            DEFAULT.leaves().stream()
                .filter(l -> l.rule().source().isSelfReport())
                .map(l -> l.rule().missingScore()))
        .allMatch(score -> score.compareTo(d("60")) == 0);
  }

  @Test
  void a_scheme_written_as_json_reads_back_the_same() {
    assertThat(SchemeJson.parse(SchemeJson.write(DEFAULT))).isEqualTo(DEFAULT);
  }

  @Test
  void first_level_weights_adding_up_to_95_are_refused_naming_the_first_level_and_the_sum() {
    String json = defaultJson().replaceFirst("\"weight\" : 15,", "\"weight\" : 10,");

    assertThatThrownBy(() -> SchemeJson.parse(json))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            e -> {
              assertThat(e.rule()).isEqualTo("evaluation.scheme-weights");
              assertThat(e.message(Locale.SIMPLIFIED_CHINESE))
                  .isEqualTo("评价方案 2021.1 的一级指标权重之和为 95，应为 100");
              assertThat(e.message(Locale.ENGLISH)).contains("first-level").contains("95");
            });
  }

  @Test
  void third_level_weights_not_adding_up_to_their_parent_are_refused_naming_it_and_the_level() {
    SchemeIndicator size = DEFAULT.indicator("scale.size").orElseThrow();
    SchemeIndicator revenue = size.children().get(0);
    SchemeIndicator heavier = revenue.withWeight(d("4.5"));

    assertThatThrownBy(
            () ->
                replace(
                    DEFAULT,
                    "scale.size",
                    size.withChildren(List.of(heavier, size.children().get(1)))))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            e -> {
              assertThat(e.rule()).isEqualTo("evaluation.scheme-child-weights");
              assertThat(e.message(Locale.SIMPLIFIED_CHINESE))
                  .isEqualTo("指标 scale.size 的下级指标（第 3 级）权重之和为 6.5，应等于指标 scale.size 的权重 6");
            });
  }

  @Test
  void a_code_used_twice_is_refused() {
    String json = defaultJson().replace("\"scale.size.member_count\"", "\"scale.size.revenue\"");

    assertThatThrownBy(() -> SchemeJson.parse(json))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            e -> {
              assertThat(e.rule()).isEqualTo("evaluation.scheme-code-duplicate");
              assertThat(e.rejectedValue()).isEqualTo("scale.size.revenue");
            });
  }

  @Test
  void an_unknown_statistic_an_unknown_method_and_a_broken_json_are_refused_by_name() {
    assertThatThrownBy(
            () ->
                SchemeJson.parse(
                    defaultJson().replace("statistic:revenue\"", "statistic:turnover\"")))
        .hasMessageContaining("statistic:turnover")
        .isInstanceOfSatisfying(
            RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("evaluation.scheme-source"));
    assertThatThrownBy(() -> SchemeJson.parse(defaultJson().replace("\"minmax\"", "\"zscore\"")))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            e -> assertThat(e.rule()).isEqualTo("evaluation.scheme-normalisation"));
    assertThatThrownBy(() -> SchemeJson.parse("{\"version\": "))
        .isInstanceOfSatisfying(
            RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("evaluation.scheme-json"));
  }

  @Test
  void thresholds_that_rise_towards_worse_values_are_refused() {
    LeafRule rising =
        new LeafRule(
            new Source(null, "rd_platforms"),
            new Normalisation.Thresholds(
                List.of(
                    new Normalisation.Thresholds.Step(d("5"), d("80")),
                    new Normalisation.Thresholds.Step(d("1"), d("90"))),
                d("60")),
            Direction.HIGHER,
            d("60"));

    assertThatThrownBy(() -> SchemeIndicator.leaf("x.y.z", "某", "Some", d("1"), true, rising))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            e -> {
              assertThat(e.rule()).isEqualTo("evaluation.scheme-thresholds");
              assertThat(e.rejectedValue()).isEqualTo("1");
            });
  }

  @Test
  void grade_cut_offs_out_of_order_or_above_100_are_refused() {
    assertThatThrownBy(() -> new GradeCutoffs(d("75"), d("85"), d("60")))
        .isInstanceOfSatisfying(
            RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("evaluation.scheme-grades"));
    assertThatThrownBy(() -> new GradeCutoffs(d("101"), d("85"), d("60")))
        .isInstanceOf(RuleViolation.class);
    assertThat(new GradeCutoffs(d("100"), d("1"), d("0")).pass()).isEqualByComparingTo("0");
  }

  @Test
  void a_changed_first_level_weight_scales_its_children_in_proportion() {
    Scheme changed = DEFAULT.withChanges(Map.of("scale", d("20"), "projects", d("10")), null);

    // 规模效益 15 → 20: 产业规模 6 × 20/15 = 8, 增长态势 5 × 20/15 = 6.6667, 经济效益 the rest 5.3333
    assertThat(changed.indicator("scale.size").orElseThrow().weight()).isEqualByComparingTo("8");
    assertThat(changed.indicator("scale.growth").orElseThrow().weight())
        .isEqualByComparingTo("6.6667");
    assertThat(changed.indicator("scale.profitability").orElseThrow().weight())
        .isEqualByComparingTo("5.3333");
    // 营业收入 4 of 产业规模 6 → 4 × 8/6 = 5.3333, 规上企业数 the rest 2.6667
    assertThat(changed.indicator("scale.size.revenue").orElseThrow().weight())
        .isEqualByComparingTo("5.3333");
    // 项目支撑 15 → 10: 重大项目 9 × 10/15 = 6, 招商引资 4
    assertThat(changed.indicator("projects.major").orElseThrow().weight())
        .isEqualByComparingTo("6");
    assertThat(
            changed.leaves().stream()
                .map(SchemeIndicator::weight)
                .reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("100");
  }

  @Test
  void a_change_that_breaks_the_total_or_names_an_unknown_code_is_refused() {
    assertThatThrownBy(() -> DEFAULT.withChanges(Map.of("scale", d("20")), null))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            e -> {
              assertThat(e.rule()).isEqualTo("evaluation.scheme-weights");
              assertThat(e.rejectedValue()).isEqualTo("105");
            });
    assertThatThrownBy(() -> DEFAULT.withChanges(Map.of("scale.turnover", d("1")), null))
        .isInstanceOfSatisfying(
            RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("evaluation.what-if-code"));
  }

  @Test
  void changed_cut_offs_alone_keep_every_weight() {
    GradeCutoffs lower = new GradeCutoffs(d("80"), d("70"), d("55"));

    Scheme changed = DEFAULT.withChanges(Map.of(), lower);

    assertThat(changed.grades()).isEqualTo(lower);
    assertThat(changed.indicators()).isEqualTo(DEFAULT.indicators());
  }

  private static String defaultJson() {
    return SchemeJson.write(DEFAULT);
  }

  /** The scheme with the first-level indicator holding {@code code} rebuilt around a new one. */
  private static Scheme replace(Scheme scheme, String code, SchemeIndicator replacement) {
    List<SchemeIndicator> first =
        scheme.indicators().stream()
            .map(
                top ->
                    top.children().stream().anyMatch(c -> c.code().equals(code))
                        ? top.withChildren(
                            top.children().stream()
                                .map(c -> c.code().equals(code) ? replacement : c)
                                .toList())
                        : top)
            .toList();
    return new Scheme(
        scheme.version(),
        scheme.year(),
        scheme.nameZh(),
        scheme.nameEn(),
        scheme.document(),
        scheme.note(),
        scheme.grades(),
        first);
  }
}

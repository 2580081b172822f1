package org.clusteratlas.selfreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clusteratlas.collection.Tier;
import org.clusteratlas.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/** Each edit check of the self-report, alone. */
class SelfReportChecksTest {

  private static void refused(String field, String value, SelfReportRule rule) {
    assertThatThrownBy(() -> SelfReportChecks.read(Map.of(field, value)))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            e -> {
              assertThat(e.rule()).isEqualTo(rule.id());
              assertThat(rule.tier()).isEqualTo(Tier.HARD);
              assertThat(e.message(Locale.ENGLISH)).contains(field).contains(value.strip());
              assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).contains(field);
            });
  }

  @Test
  void a_value_that_is_not_a_number_is_refused_naming_the_field_and_the_value() {
    refused("rd_platforms", "十二", SelfReportRule.NOT_A_NUMBER);
    refused("project_investment", "5亿", SelfReportRule.NOT_A_NUMBER);
    refused("export_share", "15%", SelfReportRule.NOT_A_NUMBER);
    refused("fiscal_support", "1.2E+3", SelfReportRule.NOT_A_NUMBER);
  }

  @Test
  void a_negative_count_or_amount_is_refused() {
    refused("new_projects_over_100m", "-1", SelfReportRule.NEGATIVE);
    refused("fiscal_support", "-0.5", SelfReportRule.NEGATIVE);
    refused("export_share", "-3", SelfReportRule.NEGATIVE);
  }

  @Test
  void a_count_that_is_not_whole_is_refused() {
    refused("rd_platforms", "3.5", SelfReportRule.NOT_WHOLE);
    refused("promotion_organisation", "1.5", SelfReportRule.NOT_WHOLE);
  }

  @Test
  void a_percentage_outside_0_to_100_and_a_stage_above_its_top_are_refused() {
    refused("export_share", "100.5", SelfReportRule.OUT_OF_RANGE);
    refused("energy_intensity_decline", "-120", SelfReportRule.OUT_OF_RANGE);
    refused("promotion_organisation", "3", SelfReportRule.OUT_OF_RANGE);
  }

  @Test
  void too_many_decimals_or_digits_are_refused_never_rounded() {
    refused("export_share", "12.345", SelfReportRule.TOO_PRECISE);
    refused("fiscal_support", "1234567890123", SelfReportRule.TOO_PRECISE);
  }

  @Test
  void an_unknown_field_and_the_derived_on_time_field_are_refused() {
    assertThatThrownBy(() -> SelfReportChecks.read(Map.of("patents", "3")))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            e -> {
              assertThat(e.rule()).isEqualTo("self-report.unknown-field");
              assertThat(e.rejectedValue()).isEqualTo("patents");
            });
    assertThatThrownBy(() -> SelfReportChecks.read(Map.of("annual_report_on_time", "1")))
        .isInstanceOfSatisfying(
            RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("self-report.derived-field"));
  }

  @Test
  void values_are_read_exactly_blanks_left_out_and_ordered_as_the_catalogue() {
    Map<String, String> typed = new LinkedHashMap<>();
    typed.put("fiscal_support", " 2,500.50 ");
    typed.put("rd_platforms", "12");
    typed.put("brands", "");
    typed.put("energy_intensity_decline", "-1.5");
    typed.put("export_share", "０１５");

    Map<String, BigDecimal> values = SelfReportChecks.read(typed);

    assertThat(values.keySet())
        .containsExactly(
            "rd_platforms", "export_share", "energy_intensity_decline", "fiscal_support");
    assertThat(values.get("fiscal_support")).isEqualTo(new BigDecimal("2500.5"));
    assertThat(values.get("export_share")).isEqualTo(new BigDecimal("15"));
    assertThat(values.get("energy_intensity_decline")).isEqualTo(new BigDecimal("-1.5"));
  }

  private static Map<String, BigDecimal> of(Object... pairs) {
    Map<String, BigDecimal> values = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      values.put((String) pairs[i], new BigDecimal(pairs[i + 1].toString()));
    }
    return values;
  }

  private static List<String> rules(List<Finding> findings) {
    return findings.stream().map(f -> f.field() + " " + f.ruleId()).toList();
  }

  @Test
  void rd_intensity_above_20_percent_is_a_quasi_hard_finding() {
    List<Finding> findings = SelfReportChecks.findings(of("rd_intensity", "20.5"), Map.of());

    assertThat(rules(findings)).containsExactly("rd_intensity self-report.rd-intensity-high");
    assertThat(findings.get(0).tier()).isEqualTo(Tier.QUASI_HARD);
    assertThat(findings.get(0).message(Locale.ENGLISH)).contains("20.5%").contains("above 20%");
    assertThat(SelfReportChecks.findings(of("rd_intensity", "20"), Map.of())).isEmpty();
  }

  @Test
  void a_digitalised_half_with_no_member_on_the_cloud_is_a_quasi_hard_finding() {
    assertThat(
            rules(
                SelfReportChecks.findings(
                    of("digitalised_share", "100", "cloud_firms", "0"), Map.of())))
        .containsExactly("digitalised_share self-report.digitalised-without-cloud");
    assertThat(
            SelfReportChecks.findings(
                of("digitalised_share", "49.9", "cloud_firms", "0"), Map.of()))
        .isEmpty();
    assertThat(
            SelfReportChecks.findings(of("digitalised_share", "100", "cloud_firms", "1"), Map.of()))
        .isEmpty();
    // a rule whose other value is blank does not apply
    assertThat(SelfReportChecks.findings(of("digitalised_share", "100"), Map.of())).isEmpty();
  }

  @Test
  void more_new_platforms_than_platforms_and_firms_served_without_a_platform_are_findings() {
    assertThat(
            rules(
                SelfReportChecks.findings(of("new_platforms", "4", "rd_platforms", "3"), Map.of())))
        .containsExactly("new_platforms self-report.new-platforms-above-total");
    assertThat(
            rules(
                SelfReportChecks.findings(
                    of("firms_served", "40", "service_platforms", "0"), Map.of())))
        .containsExactly("firms_served self-report.firms-served-without-platforms");
    assertThat(
            SelfReportChecks.findings(of("firms_served", "0", "service_platforms", "0"), Map.of()))
        .isEmpty();
  }

  @Test
  void a_change_of_more_than_half_of_last_years_accepted_value_is_a_verify_finding() {
    List<Finding> findings =
        SelfReportChecks.findings(
            of("project_investment", "31", "fiscal_support", "1500"),
            of("project_investment", "20", "fiscal_support", "1000"));

    // 31 against 20 is +55 %; 1500 against 1000 is +50 %, not more
    assertThat(rules(findings))
        .containsExactly("project_investment self-report.change-beyond-bound");
    assertThat(findings.get(0).tier()).isEqualTo(Tier.VERIFY);
    assertThat(findings.get(0).message(Locale.ENGLISH)).contains("+55.0%").contains("accepted 20");
  }

  @Test
  void small_counts_and_shares_change_by_half_without_a_finding_below_their_floors() {
    // 2 → 4 platforms is +100 % but only 2 more; 6 → 10 % of members is 4 points
    assertThat(
            SelfReportChecks.findings(
                of("rd_platforms", "4", "digitalised_share", "10"),
                of("rd_platforms", "2", "digitalised_share", "6")))
        .isEmpty();
    // 2 → 5 is 3 more: a finding; a stage is never compared
    assertThat(
            rules(
                SelfReportChecks.findings(
                    of("rd_platforms", "5", "promotion_organisation", "2"),
                    of("rd_platforms", "2", "promotion_organisation", "0"))))
        .containsExactly("rd_platforms self-report.change-beyond-bound");
    // from nothing to something is more than any fraction of nothing
    assertThat(
            SelfReportChecks.changedBeyondBound(FieldType.AMOUNT, BigDecimal.ZERO, BigDecimal.ONE))
        .isTrue();
  }

  @Test
  void a_submission_needs_every_typed_field() {
    Map<String, BigDecimal> all = new HashMap<>();
    SelfReportCatalogue.typedFields().forEach(f -> all.put(f.code(), BigDecimal.ONE));
    SelfReportChecks.requireComplete(all);

    all.remove("brands");
    assertThatThrownBy(() -> SelfReportChecks.requireComplete(all))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            e -> {
              assertThat(e.rule()).isEqualTo("self-report.required");
              assertThat(e.rejectedValue()).isEqualTo("brands");
            });
  }
}

package org.clusteratlas.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.clusteratlas.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class ExportRequestTests {

  @Test
  void an_unknown_export_is_refused_naming_the_known_ones() {
    assertThatThrownBy(() -> ExportRequest.of("invoices", 2025))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            e -> {
              assertThat(e.rule()).isEqualTo("export.unknown-what");
              assertThat(e.rejectedValue()).isEqualTo("invoices");
              assertThat(e.message(java.util.Locale.ENGLISH))
                  .contains(
                      "clusters, designations, enterprises, memberships, reports, indicators");
            });
  }

  @Test
  void enterprises_reports_and_indicators_need_a_year() {
    for (String what : new String[] {"enterprises", "reports", "indicators"}) {
      assertThatThrownBy(() -> ExportRequest.of(what, null))
          .isInstanceOfSatisfying(
              RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("export.year-missing"));
    }
  }

  @Test
  void clusters_designations_and_memberships_need_no_year() {
    assertThat(ExportRequest.of("clusters", null).fileName()).isEqualTo("clusters.csv");
    assertThat(ExportRequest.of("designations", null).year()).isNull();
    assertThat(ExportRequest.of("memberships", 2025).fileName()).isEqualTo("memberships-2025.csv");
  }

  @Test
  void a_year_out_of_range_is_refused_by_the_period_rule() {
    assertThatThrownBy(() -> ExportRequest.of("reports", 1999))
        .isInstanceOfSatisfying(
            RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("period.year"));
  }

  @Test
  void the_export_code_is_read_without_regard_to_case_or_surrounding_blanks() {
    assertThat(ExportRequest.of(" Reports ", 2025).what()).isEqualTo(ExportKind.REPORTS);
  }
}

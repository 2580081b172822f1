package org.clusteratlas.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.clusteratlas.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/** The shipped criteria, and the refusal of malformed ones with a message naming the fault. */
class CriteriaJsonTest {

  private static String shipped() throws IOException {
    try (InputStream in =
        CriteriaJsonTest.class
            .getClassLoader()
            .getResourceAsStream("eligibility/criteria-2022.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void theShippedCriteriaGiveEachLadderItsRulesAndMarkTheAdvancedOnesReconstructed()
      throws IOException {
    Criteria c = Criteria.parse("criteria-2022.json", shipped());
    assertThat(c.version()).isEqualTo("2022.1");
    assertThat(c.of(Ladder.NATIONAL_SME_CHARACTERISTIC).ruleIds())
        .containsExactly(
            "rung",
            "one-county",
            "area",
            "output-3y",
            "sme-share",
            "leading-share",
            "output-growth",
            "champions");
    assertThat(c.of(Ladder.NATIONAL_SME_CHARACTERISTIC).reconstructed()).isFalse();
    assertThat(c.of(Ladder.PROVINCIAL_ADVANCED_MANUFACTURING).reconstructed()).isTrue();
    assertThat(c.of(Ladder.NATIONAL_ADVANCED_MANUFACTURING).rules())
        .contains(
            new HoldsRung(
                org.clusteratlas.cluster.DesignationKind.PROVINCIAL_ADVANCED_MANUFACTURING));
    assertThat(c.of(Ladder.NATIONAL_SME_CHARACTERISTIC).rules())
        .contains(new OutputEachYear(new java.math.BigDecimal("400000"), 3));
  }

  @Test
  void aThresholdMissingIsRefusedNamingTheRuleAndField() throws IOException {
    String broken = shipped().replace("\"max_km2\": 100", "\"max_km\": 100");
    assertThatThrownBy(() -> Criteria.parse("broken.json", broken))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            e -> {
              assertThat(e.rule()).isEqualTo("eligibility.criteria");
              assertThat(e.message(java.util.Locale.ENGLISH))
                  .isEqualTo(
                      "The criteria file broken.json is malformed:"
                          + " national_sme_characteristic.area.max_km2");
            });
  }

  @Test
  void aShareThresholdOf100OrMoreAnUnknownRuleAMissingLadderAndBadJsonAreRefused()
      throws IOException {
    String s = shipped();
    for (String broken :
        new String[] {
          s.replace("\"more_than_pct\": 70}", "\"more_than_pct\": 100}"),
          s.replace("{\"rule\": \"one-county\"}", "{\"rule\": \"two-counties\"}"),
          s.replace("\"ladder\": \"national_advanced_manufacturing\"", "\"ladder\": \"municipal\""),
          s.replace("\"tier\": \"over_50bn\"", "\"tier\": \"below\""),
          s.replace("\"reconstructed\": true", "\"reconstructed\": \"yes\""),
          "{\"version\": ",
          "[]"
        }) {
      assertThat(broken).isNotEqualTo(s);
      assertThatThrownBy(() -> Criteria.parse("broken.json", broken))
          .isInstanceOfSatisfying(
              RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("eligibility.criteria"));
    }
  }
}

package org.clusteratlas.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.clusteratlas.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/** The catalogue of edit checks is documented as it is, and every rule speaks both languages. */
class EditRuleCatalogueTests {

  @Test
  void everyRuleHasAChineseAndAnEnglishMessage() {
    for (EditRule rule : EditRule.values()) {
      String zh = new RuleViolation(rule.id(), "x").message(Locale.SIMPLIFIED_CHINESE);
      String en = new RuleViolation(rule.id(), "x").message(Locale.ENGLISH);
      assertThat(zh).as(rule.id()).doesNotStartWith(rule.id() + ":");
      assertThat(en).as(rule.id()).doesNotStartWith(rule.id() + ":").isNotEqualTo(zh);
    }
  }

  @Test
  void docsEditRulesListsEveryRuleWithItsTier() throws Exception {
    String doc = Files.readString(Path.of("docs", "edit-rules.md"));
    assertThat(doc).contains("catalogue " + EditRule.CATALOGUE_VERSION);
    for (EditRule rule : EditRule.values()) {
      assertThat(doc).contains("| `" + rule.id() + "` | " + rule.tier().id() + " ");
    }
  }

  @Test
  void ruleIdsAreUnique() {
    assertThat(java.util.Arrays.stream(EditRule.values()).map(EditRule::id))
        .doesNotHaveDuplicates();
  }
}

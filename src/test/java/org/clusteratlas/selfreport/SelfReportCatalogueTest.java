package org.clusteratlas.selfreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The field catalogue against the shipped scheme ({@code evaluation/scheme-2021.json}, read as
 * JSON, not through the evaluation module) and the message bundles.
 */
class SelfReportCatalogueTest {

  private static List<String> schemeFields() throws IOException {
    JsonNode scheme;
    try (InputStream in =
        SelfReportCatalogueTest.class.getResourceAsStream("/evaluation/scheme-2021.json")) {
      scheme = JsonMapper.builder().build().readTree(in);
    }
    List<String> fields = new ArrayList<>();
    collect(scheme.get("indicators"), fields);
    return fields;
  }

  private static void collect(JsonNode indicators, List<String> fields) {
    for (JsonNode n : indicators) {
      if (n.has("source")) {
        String source = n.get("source").asString();
        if (source.startsWith("self_report:")) {
          fields.add(source.substring("self_report:".length()));
        }
      } else {
        collect(n.get("children"), fields);
      }
    }
  }

  private static Properties bundle(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = SelfReportCatalogueTest.class.getResourceAsStream("/" + name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void every_self_report_field_of_the_default_scheme_is_in_the_catalogue() throws IOException {
    List<String> fields = schemeFields();

    assertThat(fields).hasSize(26).doesNotHaveDuplicates();
    assertThat(fields).allSatisfy(f -> assertThat(SelfReportCatalogue.field(f)).as(f).isPresent());
  }

  @Test
  void the_catalogue_adds_the_facts_of_the_eligibility_checks_and_derives_only_on_time()
      throws IOException {
    List<String> extra =
        SelfReportCatalogue.fields().stream()
            .map(SelfReportField::code)
            .filter(c -> !schemeFieldsUnchecked().contains(c))
            .toList();

    assertThat(extra).containsExactly("area_km2", "single_champions");
    assertThat(SelfReportCatalogue.fields()).hasSize(28);
    assertThat(SelfReportCatalogue.fields().stream().filter(SelfReportField::derived))
        .extracting(SelfReportField::code)
        .containsExactly(SelfReportCatalogue.ON_TIME);
    assertThat(SelfReportCatalogue.typedFields()).hasSize(27);
    assertThat(SelfReportCatalogue.fields())
        .allSatisfy(f -> assertThat(SelfReportCatalogue.GROUPS).contains(f.group()));
  }

  private static List<String> schemeFieldsUnchecked() {
    try {
      return schemeFields();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void the_units_follow_the_scheme_leaves_and_the_types_their_values() {
    assertThat(SelfReportCatalogue.field("project_investment").orElseThrow())
        .extracting(SelfReportField::type, SelfReportField::unit)
        .containsExactly(FieldType.AMOUNT, "yi_yuan");
    assertThat(SelfReportCatalogue.field("fiscal_support").orElseThrow().unit())
        .isEqualTo("wan_yuan");
    assertThat(SelfReportCatalogue.field("rd_intensity").orElseThrow().type())
        .isEqualTo(FieldType.PERCENT);
    assertThat(SelfReportCatalogue.field("energy_intensity_decline").orElseThrow().type())
        .isEqualTo(FieldType.PERCENT_CHANGE);
    assertThat(SelfReportCatalogue.field("promotion_organisation").orElseThrow().upperBound())
        .isEqualByComparingTo("2");
    assertThat(SelfReportCatalogue.field(SelfReportCatalogue.ON_TIME).orElseThrow().type())
        .isEqualTo(FieldType.YES_NO);
  }

  @Test
  void every_field_group_and_unit_has_a_chinese_and_an_english_label() throws IOException {
    for (String name : List.of("i18n/messages.properties", "i18n/messages_en.properties")) {
      Properties messages = bundle(name);
      for (SelfReportField f : SelfReportCatalogue.fields()) {
        assertThat(messages.getProperty(f.labelKey())).as(name + " " + f.code()).isNotBlank();
        assertThat(messages.getProperty("selfreport.unit." + f.unit()))
            .as(name + " unit " + f.unit())
            .isNotNull();
      }
      for (String group : SelfReportCatalogue.GROUPS) {
        assertThat(messages.getProperty("selfreport.group." + group)).as(name).isNotBlank();
      }
    }
  }

  @Test
  void every_rule_has_a_message_in_chinese_and_english() throws IOException {
    for (String name : List.of("i18n/rules.properties", "i18n/rules_en.properties")) {
      Properties rules = bundle(name);
      for (SelfReportRule rule : SelfReportRule.values()) {
        assertThat(rules.getProperty(rule.id())).as(name + " " + rule.id()).isNotBlank();
      }
    }
  }

  @Test
  void the_checks_are_documented_with_their_tiers_in_edit_rules_md() throws IOException {
    String doc = java.nio.file.Files.readString(java.nio.file.Path.of("docs", "edit-rules.md"));

    assertThat(doc)
        .contains("annual self-report's checks, catalogue " + SelfReportCatalogue.VERSION);
    for (SelfReportRule rule : SelfReportRule.values()) {
      assertThat(doc).contains("| `" + rule.id() + "` | " + rule.tier().id() + " ");
    }
  }
}

package org.clusteratlas.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.clusteratlas.AtlasIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Golden test: the 2025 bulletin computed from the demo province's records reproduces every figure
 * the province published. Expected values: {@code src/test/resources/golden/published-2025.json}, a
 * copy of shared/domain/published-2025.json, whose source is the lead article of the provincial
 * newspaper on the press conference of 2026-03-18 (shared/seed/000_bbc7a6d609b5f2bb.txt).
 */
@AtlasIntegrationTest
class BulletinGoldenTests {

  static JsonNode published;

  @Autowired BulletinService bulletins;

  @BeforeAll
  static void readPublished() throws IOException {
    try (InputStream in =
        BulletinGoldenTests.class.getResourceAsStream("/golden/published-2025.json")) {
      published = JsonMapper.builder().build().readTree(in);
    }
  }

  @Test
  void every_published_2025_figure_is_reproduced_after_published_rounding() {
    Bulletin bulletin = bulletins.current(2025);
    List<String> mismatches = new ArrayList<>();
    for (JsonNode figure : published.get("figures")) {
      String key = figure.get("key").asString();
      Figure computed = bulletin.figures().get(key);
      BigDecimal expected = figure.get("value").decimalValue();
      if (computed == null) {
        mismatches.add(key + ": missing");
      } else if (computed.value().compareTo(expected) != 0) {
        mismatches.add(key + ": published " + expected + ", computed " + computed.value());
      } else if (!computed.unit().equals(figure.get("unit").asString())) {
        mismatches.add(key + ": unit " + computed.unit());
      }
    }
    assertThat(mismatches).isEmpty();
    assertThat(bulletin.figures()).hasSize(published.get("figures").size());
  }

  @Test
  void the_clusters_the_press_release_names_are_the_leaders_of_their_tiers() {
    Bulletin bulletin = bulletins.current(2025);
    for (JsonNode figure : published.get("figures")) {
      if (figure.has("named")) {
        List<String> named = new ArrayList<>();
        figure.get("named").forEach(n -> named.add(n.asString().replaceFirst("(产业)?集群$", "")));
        assertThat(bulletin.figures().get(figure.get("key").asString()).named())
            .as(figure.get("key").asString())
            .containsExactlyElementsOf(named);
      }
    }
  }

  @Test
  void exact_values_round_to_the_published_values_and_are_not_typed_in() {
    Bulletin bulletin = bulletins.current(2025);
    Figure revenue = bulletin.figures().get("cluster_revenue");
    // computed from records: more digits than any published figure
    assertThat(revenue.exact().scale()).isGreaterThan(1);
    assertThat(revenue.exact()).isBetween(new BigDecimal("3.85"), new BigDecimal("3.95"));
    assertThat(bulletin.figures().get("cluster_profit").exact())
        .isBetween(new BigDecimal("1792.5"), new BigDecimal("1793.5"));
  }

  @Test
  void the_text_reads_like_the_press_release_and_is_marked_as_demo_data() {
    Bulletin bulletin = bulletins.current(2025);
    assertThat(bulletin.demo()).isTrue();
    assertThat(bulletin.text())
        .startsWith("【演示数据】")
        .contains("118个省级产业集群实现营业收入3.9万亿元，增长9.8%")
        .contains("约占全省规模以上工业营业收入的84.4%")
        .contains("实现利润1793亿元，增长11.6%")
        .contains("贵溪铜及铜加工、南昌高新区光电及通信、上饶经开区光伏等6个产业集群营收超过千亿元")
        .contains("南昌小蓝经开区汽车及零部件、安义铝合金塑型材、抚州高新区汽车及零部件等18个产业集群营收超过500亿元")
        .contains("110个产业集群营收超过百亿元")
        .contains("省级先进制造业集群14个，实现“1269”行动计划中六大重点领域全覆盖")
        .contains("国家中小企业特色产业集群总数达16个")
        .contains("赣州市稀土新材料及应用、鹰潭抚昌铜基新材料、长三角(含江西)大飞机等3个集群获批国家先进制造业集群")
        .contains("力争到2030年，全省营业收入超过千亿元的产业集群达到15个左右，目前为6个");
  }
}

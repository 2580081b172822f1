package org.clusteratlas.eligibility;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.clusteratlas.cluster.DesignationKind;
import org.clusteratlas.evaluation.Grade;
import org.clusteratlas.indicator.RevenueTier;
import org.clusteratlas.shared.RuleViolation;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One version of the ladders' criteria, as shipped in {@code eligibility/criteria-*.json}: its
 * version, the first year it applies to, and per ladder its source document, whether the criteria
 * are this project's reconstruction, and its criteria in order, each with its thresholds.
 *
 * <pre>{@code
 * {"version": "2022.1", "applies_from": 2022, "note": "…",
 *  "ladders": [{"ladder": "national_sme_characteristic", "source": "…", "reconstructed": false,
 *    "rules": [{"rule": "rung", "designation": "provincial"}, {"rule": "one-county"},
 *      {"rule": "area", "max_km2": 100}, {"rule": "output-3y", "min_wan": 400000, "years": 3},
 *      {"rule": "sme-share", "more_than_pct": 70}, {"rule": "leading-share", "more_than_pct": 70},
 *      {"rule": "output-growth", "more_than_pct": 10},
 *      {"rule": "champions", "min_champions_or_little_giants": 1,
 *       "min_specialised_or_high_tech_smes": 10},
 *      {"rule": "advanced-area"}, {"rule": "revenue", "tier": "over_50bn"},
 *      {"rule": "grade", "at_least": "good"}, {"rule": "revenue-growth"}]}, …]}
 * }</pre>
 *
 * Every ladder must be present once; anything missing, unknown or out of range is refused with
 * {@code eligibility.criteria} naming the file and what is wrong. Numbers are read exactly.
 */
record Criteria(String version, int appliesFrom, String note, Map<Ladder, LadderCriteria> ladders) {

  /** One ladder's criteria. */
  record LadderCriteria(
      Ladder ladder, String source, boolean reconstructed, List<Criterion> rules) {

    LadderCriteria {
      rules = List.copyOf(rules);
    }

    List<String> ruleIds() {
      return rules.stream().map(Criterion::id).toList();
    }
  }

  private static final JsonMapper JSON =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  Criteria {
    ladders = Map.copyOf(ladders);
  }

  LadderCriteria of(Ladder ladder) {
    return ladders.get(ladder);
  }

  /** Reads and checks one criteria file; {@code name} names it in refusals. */
  static Criteria parse(String name, String text) {
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JacksonException e) {
      throw refused(name, e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw refused(name, "not a JSON object");
    }
    String version = text(name, root, "version");
    int appliesFrom = integer(name, root, "applies_from");
    Map<Ladder, LadderCriteria> ladders = new EnumMap<>(Ladder.class);
    JsonNode list = root.path("ladders");
    if (!list.isArray()) {
      throw refused(name, "ladders");
    }
    for (JsonNode node : list) {
      Ladder ladder = ladder(name, text(name, node, "ladder"));
      if (ladders.containsKey(ladder)) {
        throw refused(name, "ladder " + ladder.code() + " twice");
      }
      JsonNode rules = node.path("rules");
      if (!rules.isArray() || rules.isEmpty()) {
        throw refused(name, ladder.code() + ".rules");
      }
      List<Criterion> criteria = new ArrayList<>();
      for (JsonNode rule : rules) {
        Criterion c = criterion(name, ladder.code(), rule);
        if (criteria.stream().anyMatch(x -> x.id().equals(c.id()))) {
          throw refused(name, ladder.code() + ": rule " + c.id() + " twice");
        }
        criteria.add(c);
      }
      JsonNode reconstructed = node.path("reconstructed");
      if (!reconstructed.isBoolean()) {
        throw refused(name, ladder.code() + ".reconstructed");
      }
      ladders.put(
          ladder,
          new LadderCriteria(
              ladder, text(name, node, "source"), reconstructed.asBoolean(), criteria));
    }
    for (Ladder ladder : Ladder.values()) {
      if (!ladders.containsKey(ladder)) {
        throw refused(name, "ladder " + ladder.code() + " missing");
      }
    }
    return new Criteria(version, appliesFrom, root.path("note").asString(""), ladders);
  }

  private static Criterion criterion(String name, String ladder, JsonNode rule) {
    String id = text(name, rule, "rule");
    String at = ladder + "." + id;
    return switch (id) {
      case HoldsRung.ID -> {
        String code = text(name, rule, "designation");
        DesignationKind kind =
            Arrays.stream(DesignationKind.values())
                .filter(k -> k.code().equals(code))
                .findFirst()
                .orElseThrow(() -> refused(name, at + ".designation " + code));
        yield new HoldsRung(kind);
      }
      case OneCounty.ID -> new OneCounty();
      case AreaAtMost.ID -> new AreaAtMost(positive(name, rule, "max_km2", at));
      case OutputEachYear.ID ->
          new OutputEachYear(positive(name, rule, "min_wan", at), count(name, rule, "years", at));
      case SmeOutputShare.ID -> new SmeOutputShare(percent(name, rule, at));
      case LeadingIndustryShare.ID -> new LeadingIndustryShare(percent(name, rule, at));
      case OutputGrowth.ID -> new OutputGrowth(decimal(name, rule, "more_than_pct", at));
      case Champions.ID ->
          new Champions(
              count(name, rule, "min_champions_or_little_giants", at),
              count(name, rule, "min_specialised_or_high_tech_smes", at));
      case AdvancedArea.ID -> new AdvancedArea();
      case RevenueOver.ID -> {
        String code = text(name, rule, "tier");
        RevenueTier tier =
            Arrays.stream(RevenueTier.values())
                .filter(t -> t != RevenueTier.BELOW && t.code().equals(code))
                .findFirst()
                .orElseThrow(() -> refused(name, at + ".tier " + code));
        yield new RevenueOver(tier);
      }
      case GradeAtLeast.ID -> {
        String code = text(name, rule, "at_least");
        Grade grade =
            Arrays.stream(Grade.values())
                .filter(g -> g.code().equals(code))
                .findFirst()
                .orElseThrow(() -> refused(name, at + ".at_least " + code));
        yield new GradeAtLeast(grade);
      }
      case RevenueGrowthAtLeastProvince.ID -> new RevenueGrowthAtLeastProvince();
      default -> throw refused(name, ladder + ": unknown rule " + id);
    };
  }

  private static RuleViolation refused(String name, String what) {
    return new RuleViolation("eligibility.criteria", name, what);
  }

  private static String text(String name, JsonNode node, String field) {
    JsonNode v = node.path(field);
    if (!v.isString() || v.asString().isBlank()) {
      throw refused(name, field);
    }
    return v.asString().strip();
  }

  private static int integer(String name, JsonNode node, String field) {
    JsonNode v = node.path(field);
    if (!v.isIntegralNumber()) {
      throw refused(name, field);
    }
    return v.asInt();
  }

  private static BigDecimal decimal(String name, JsonNode node, String field, String at) {
    JsonNode v = node.path(field);
    if (!v.isNumber()) {
      throw refused(name, at + "." + field);
    }
    return v.decimalValue();
  }

  private static BigDecimal positive(String name, JsonNode node, String field, String at) {
    BigDecimal v = decimal(name, node, field, at);
    if (v.signum() <= 0) {
      throw refused(name, at + "." + field + " " + v.toPlainString());
    }
    return v;
  }

  private static BigDecimal percent(String name, JsonNode node, String at) {
    BigDecimal v = decimal(name, node, "more_than_pct", at);
    if (v.signum() < 0 || v.compareTo(BigDecimal.valueOf(100)) >= 0) {
      throw refused(name, at + ".more_than_pct " + v.toPlainString());
    }
    return v;
  }

  private static int count(String name, JsonNode node, String field, String at) {
    JsonNode v = node.path(field);
    if (!v.isIntegralNumber() || v.asInt() < 1) {
      throw refused(name, at + "." + field);
    }
    return v.asInt();
  }

  private static Ladder ladder(String name, String code) {
    return Arrays.stream(Ladder.values())
        .filter(l -> l.code().equals(code))
        .findFirst()
        .orElseThrow(() -> refused(name, "ladder " + code));
  }
}

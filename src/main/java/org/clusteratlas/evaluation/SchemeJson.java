package org.clusteratlas.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.clusteratlas.shared.RuleViolation;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A scheme as JSON, the form it is shipped in ({@code evaluation/scheme-2021.json}) and stored in
 * ({@code evaluation_scheme.definition}). Numbers are read and written exactly (never through
 * floating point).
 *
 * <pre>{@code
 * {"version": "2021.1", "year": 2021, "name": {"zh": "…", "en": "…"}, "document": "…", "note": "…",
 *  "grades": {"excellent": 85, "good": 75, "pass": 60},
 *  "indicators": [{"code": "scale", "name": {…}, "weight": 15, "reconstructed": false,
 *    "children": [… {"code": "scale.size.revenue", "name": {…}, "weight": 4,
 *      "source": "statistic:revenue", "direction": "higher", "missing": 0,
 *      "normalisation": {"method": "efficacy", "low": 0, "high": 1000}} …]} …]}
 * }</pre>
 *
 * Normalisations: {@code {"method": "efficacy", "low": 0 | "cohort", "high": 1000 | "cohort"}},
 * {@code {"method": "minmax"}}, {@code {"method": "thresholds", "steps": [{"bound": 20, "score":
 * 100}, …], "otherwise": 60}}, {@code {"method": "rank"}}.
 */
public final class SchemeJson {

  private static final JsonMapper JSON =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .build();

  private static final String COHORT = "cohort";

  /** The shipped default scheme, which migration V8 publishes: version 2021.1. */
  public static final String DEFAULT_RESOURCE = "evaluation/scheme-2021.json";

  private SchemeJson() {}

  /** The shipped default scheme, read from the jar. */
  public static Scheme shippedDefault() {
    try (java.io.InputStream in =
        SchemeJson.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the default scheme is missing from the jar");
      }
      return parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Reads and checks a scheme; refused with the rule of the first thing wrong. */
  public static Scheme parse(String text) {
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JacksonException e) {
      throw new RuleViolation("evaluation.scheme-json", e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw new RuleViolation("evaluation.scheme-json", "not an object");
    }
    JsonNode grades = object(root, "grades", "grades");
    List<SchemeIndicator> indicators = new ArrayList<>();
    for (JsonNode node : array(root, "indicators", "indicators")) {
      indicators.add(indicator(node, "indicators"));
    }
    JsonNode name = object(root, "name", "name");
    return new Scheme(
        text(root, "version", "version"),
        integer(root, "year", "year"),
        text(name, "zh", "name.zh"),
        text(name, "en", "name.en"),
        optionalText(root, "document"),
        optionalText(root, "note"),
        new GradeCutoffs(
            decimal(grades, "excellent", "grades.excellent"),
            decimal(grades, "good", "grades.good"),
            decimal(grades, "pass", "grades.pass")),
        indicators);
  }

  private static SchemeIndicator indicator(JsonNode node, String path) {
    if (!node.isObject()) {
      throw new RuleViolation("evaluation.scheme-field", path);
    }
    String code = text(node, "code", path + ".code");
    String at = path + "[" + code + "]";
    JsonNode name = object(node, "name", at + ".name");
    String zh = text(name, "zh", at + ".name.zh");
    String en = text(name, "en", at + ".name.en");
    BigDecimal weight = decimal(node, "weight", at + ".weight");
    boolean reconstructed = node.path("reconstructed").asBoolean(false);
    if (node.has("children") && node.has("source")) {
      throw new RuleViolation("evaluation.scheme-leaf", code);
    }
    if (node.has("children")) {
      List<SchemeIndicator> children = new ArrayList<>();
      for (JsonNode child : array(node, "children", at + ".children")) {
        children.add(indicator(child, at + ".children"));
      }
      return new SchemeIndicator(code, zh, en, weight, reconstructed, children, null);
    }
    if (!node.has("source")) {
      throw new RuleViolation("evaluation.scheme-leaf", code);
    }
    LeafRule rule =
        new LeafRule(
            Source.parse(text(node, "source", at + ".source"), code),
            normalisation(object(node, "normalisation", at + ".normalisation"), code, at),
            Direction.of(text(node, "direction", at + ".direction"), code),
            decimal(node, "missing", at + ".missing"));
    return SchemeIndicator.leaf(code, zh, en, weight, reconstructed, rule);
  }

  private static Normalisation normalisation(JsonNode node, String code, String at) {
    String method = text(node, "method", at + ".normalisation.method");
    return switch (method) {
      case "efficacy" -> {
        BigDecimal low = bound(node, "low", code);
        BigDecimal high = bound(node, "high", code);
        if (low != null && high != null && low.compareTo(high) >= 0) {
          throw new RuleViolation(
              "evaluation.scheme-bounds", low.toPlainString(), code, high.toPlainString());
        }
        yield new Normalisation.Efficacy(low, high);
      }
      case "minmax" -> new Normalisation.MinMax();
      case "rank" -> new Normalisation.Rank();
      case "thresholds" -> {
        List<Normalisation.Thresholds.Step> steps = new ArrayList<>();
        for (JsonNode step : array(node, "steps", at + ".normalisation.steps")) {
          steps.add(
              new Normalisation.Thresholds.Step(
                  decimal(step, "bound", at + ".normalisation.steps.bound"),
                  decimal(step, "score", at + ".normalisation.steps.score")));
        }
        yield new Normalisation.Thresholds(
            steps, decimal(node, "otherwise", at + ".normalisation.otherwise"));
      }
      default -> throw new RuleViolation("evaluation.scheme-normalisation", method, code);
    };
  }

  /** A fixed bound, or null for the cohort's. */
  private static BigDecimal bound(JsonNode node, String field, String code) {
    JsonNode value = node.path(field);
    if (value.isString() && COHORT.equals(value.stringValue())) {
      return null;
    }
    if (value.isNumber()) {
      return value.decimalValue();
    }
    throw new RuleViolation("evaluation.scheme-bounds", value.asString(""), code, field);
  }

  private static JsonNode object(JsonNode node, String field, String path) {
    JsonNode value = node.path(field);
    if (!value.isObject()) {
      throw new RuleViolation("evaluation.scheme-field", path);
    }
    return value;
  }

  private static Iterable<JsonNode> array(JsonNode node, String field, String path) {
    JsonNode value = node.path(field);
    if (!value.isArray()) {
      throw new RuleViolation("evaluation.scheme-field", path);
    }
    return value.values();
  }

  private static String text(JsonNode node, String field, String path) {
    JsonNode value = node.path(field);
    if (!value.isString() || value.stringValue().isBlank()) {
      throw new RuleViolation("evaluation.scheme-field", path);
    }
    return value.stringValue();
  }

  private static String optionalText(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isString() ? value.stringValue() : null;
  }

  private static BigDecimal decimal(JsonNode node, String field, String path) {
    JsonNode value = node.path(field);
    if (!value.isNumber()) {
      throw new RuleViolation("evaluation.scheme-field", path);
    }
    return value.decimalValue();
  }

  private static int integer(JsonNode node, String field, String path) {
    JsonNode value = node.path(field);
    if (!value.isIntegralNumber() || !value.canConvertToInt()) {
      throw new RuleViolation("evaluation.scheme-field", path);
    }
    return value.asInt();
  }

  /** The scheme as JSON, in the form {@link #parse} reads. */
  public static String write(Scheme scheme) {
    ObjectNode root = JSON.createObjectNode();
    root.put("version", scheme.version());
    root.put("year", scheme.year());
    ObjectNode name = root.putObject("name");
    name.put("zh", scheme.nameZh());
    name.put("en", scheme.nameEn());
    if (scheme.document() != null) {
      root.put("document", scheme.document());
    }
    if (scheme.note() != null) {
      root.put("note", scheme.note());
    }
    ObjectNode grades = root.putObject("grades");
    grades.put("excellent", scheme.grades().excellent());
    grades.put("good", scheme.grades().good());
    grades.put("pass", scheme.grades().pass());
    ArrayNode indicators = root.putArray("indicators");
    scheme.indicators().forEach(i -> write(i, indicators.addObject()));
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
  }

  private static void write(SchemeIndicator indicator, ObjectNode node) {
    node.put("code", indicator.code());
    ObjectNode name = node.putObject("name");
    name.put("zh", indicator.nameZh());
    name.put("en", indicator.nameEn());
    node.put("weight", indicator.weight());
    node.put("reconstructed", indicator.reconstructed());
    if (!indicator.isLeaf()) {
      ArrayNode children = node.putArray("children");
      indicator.children().forEach(c -> write(c, children.addObject()));
      return;
    }
    LeafRule rule = indicator.rule();
    node.put("source", rule.source().toString());
    node.put("direction", rule.direction().code());
    node.put("missing", rule.missingScore());
    ObjectNode normalisation = node.putObject("normalisation");
    normalisation.put("method", rule.normalisation().method());
    if (rule.normalisation() instanceof Normalisation.Efficacy e) {
      putBound(normalisation, "low", e.low());
      putBound(normalisation, "high", e.high());
    } else if (rule.normalisation() instanceof Normalisation.Thresholds t) {
      ArrayNode steps = normalisation.putArray("steps");
      for (Normalisation.Thresholds.Step s : t.steps()) {
        ObjectNode step = steps.addObject();
        step.put("bound", s.bound());
        step.put("score", s.score());
      }
      normalisation.put("otherwise", t.otherwise());
    }
  }

  private static void putBound(ObjectNode node, String field, BigDecimal bound) {
    if (bound == null) {
      node.put(field, COHORT);
    } else {
      node.put(field, bound);
    }
  }
}

package org.clusteratlas.evaluation;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.clusteratlas.shared.AccessRefusedException;
import org.clusteratlas.shared.Actor;
import org.clusteratlas.shared.RuleViolation;
import org.clusteratlas.shared.Scope;
import org.clusteratlas.web.Pages;
import org.clusteratlas.web.Table;
import org.clusteratlas.web.Table.Col;
import org.clusteratlas.web.TableFiles;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The evaluation's pages, for signed-in readers (the filter chain asks visitors to sign in) and for
 * the clusters their scope covers ({@link ScopedEvaluations}):
 *
 * <ul>
 *   <li>{@code /evaluations}: to the newest year evaluated;
 *   <li>{@code /evaluations/{year}}: the run (who, when, scheme and data version), counts per grade
 *       and per star level, the table filtered by grade and city, its CSV/XLSX ({@code
 *       …/download}); a year not evaluated says so, with a button for the province administrator
 *       ({@code POST …/runs}) to run it;
 *   <li>{@code /evaluations/{year}/clusters/{id}}: the explanation, the indicator tree with every
 *       leaf's raw value, normalised score and contribution, and the leaves' CSV/XLSX;
 *   <li>{@code /evaluations/{year}/what-if}: other weights and cut-offs tried on the run (the
 *       province administrator and viewers), nothing saved.
 * </ul>
 */
@Controller
class EvaluationPages {

  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final ScopedEvaluations scoped;
  private final Evaluations evaluations;
  private final TableFiles files;
  private final MessageSource messages;
  private final Clock clock;

  EvaluationPages(
      ScopedEvaluations scoped,
      Evaluations evaluations,
      TableFiles files,
      MessageSource messages,
      Clock clock) {
    this.scoped = scoped;
    this.evaluations = evaluations;
    this.files = files;
    this.messages = messages;
    this.clock = clock;
  }

  @ModelAttribute
  void layout(Model model, Locale locale, HttpServletRequest request) {
    Pages.layout(model, locale, request);
    model.addAttribute("num", new PageNumbers(locale));
  }

  // ---- the year's table ----------------------------------------------------------------------

  /** The newest year evaluated; last year when none is. */
  @GetMapping("/evaluations")
  String newest() {
    int year = scoped.latestYear().orElse(LocalDate.now(clock.withZone(BEIJING)).getYear() - 1);
    return "redirect:/evaluations/" + year;
  }

  @GetMapping("/evaluations/{year}")
  String year(
      @PathVariable int year,
      @RequestParam(required = false) String grade,
      @RequestParam(required = false) String city,
      Scope scope,
      Locale locale,
      Model model) {
    model.addAttribute("year", String.valueOf(year));
    Optional<EvaluationBoard> found = scoped.board(year, scope);
    if (found.isEmpty()) {
      model.addAttribute("mayRun", scope.coversProvince());
      return "evaluation-none";
    }
    EvaluationBoard board = found.get();
    Grade gradeFilter = grade == null || grade.isBlank() ? null : gradeOf(grade);
    String cityFilter = city == null || city.isBlank() ? null : city;
    List<EvaluationBoard.Row> shown = filter(board.rows(), gradeFilter, cityFilter);
    Map<String, Integer> grades = new LinkedHashMap<>();
    for (Grade g : Grade.values()) {
      grades.put(g.code(), 0);
    }
    Map<Integer, Integer> stars = new LinkedHashMap<>();
    for (int s : new int[] {5, 4, 3, 0}) {
      stars.put(s, 0);
    }
    for (EvaluationBoard.Row r : board.rows()) {
      grades.merge(r.grade().code(), 1, Integer::sum);
      stars.merge(r.stars(), 1, Integer::sum);
    }
    Map<String, String> cities = new LinkedHashMap<>();
    Map<String, String> names = scoped.cityNames();
    board.rows().stream()
        .flatMap(r -> r.cityCodes().stream())
        .distinct()
        .sorted()
        .forEach(c -> cities.put(c, names.getOrDefault(c, c)));
    model.addAttribute("b", board);
    model.addAttribute(
        "ranAt", OffsetDateTime.ofInstant(board.run().ranAt(), BEIJING).format(MINUTES));
    model.addAttribute(
        "ranByRole",
        messages.getMessage(
            "user.role." + board.run().actorRole().toLowerCase(Locale.ROOT),
            null,
            board.run().actorRole(),
            locale));
    model.addAttribute("rows", shown);
    model.addAttribute("gradeCounts", grades);
    model.addAttribute("starCounts", stars);
    model.addAttribute("grades", Arrays.stream(Grade.values()).map(Grade::code).toList());
    model.addAttribute("cities", cities);
    model.addAttribute("grade", gradeFilter == null ? null : gradeFilter.code());
    model.addAttribute("city", cityFilter);
    model.addAttribute("mayTry", scope.seesUnpublishedClusterFigures());
    model.addAttribute(
        "download",
        UriComponentsBuilder.fromPath("/evaluations/" + year + "/download")
            .queryParamIfPresent("grade", Optional.ofNullable(gradeFilter).map(Grade::code))
            .queryParamIfPresent("city", Optional.ofNullable(cityFilter))
            .queryParam("lang", locale.getLanguage())
            .encode()
            .build()
            .toUriString());
    return "evaluation";
  }

  @GetMapping("/evaluations/{year}/download")
  ResponseEntity<StreamingResponseBody> yearDownload(
      @PathVariable int year,
      @RequestParam(required = false) String grade,
      @RequestParam(required = false) String city,
      @RequestParam(required = false) String format,
      Scope scope,
      Locale locale) {
    EvaluationBoard board =
        scoped.board(year, scope).orElseThrow(() -> new RuleViolation("evaluation.unknown", year));
    Grade g = grade == null || grade.isBlank() ? null : gradeOf(grade);
    List<EvaluationBoard.Row> shown =
        filter(board.rows(), g, city == null || city.isBlank() ? null : city);
    List<List<Object>> values = new ArrayList<>();
    for (EvaluationBoard.Row r : shown) {
      values.add(
          Arrays.asList(
              r.rank(),
              r.clusterId(),
              r.name(),
              r.cities(),
              r.total(),
              gradeName(r.grade(), locale),
              r.stars(),
              r.lastYear() == null ? null : gradeName(r.lastYear(), locale),
              board.run().schemeVersion()));
    }
    Table table =
        new Table(
            "evaluation-" + year,
            List.of(
                numberCol("col.rank"),
                numberCol("col.id"),
                textCol("col.name"),
                textCol("col.city"),
                numberCol("evaluation.col.total"),
                textCol("evaluation.col.grade"),
                numberCol("evaluation.col.stars"),
                textCol("evaluation.col.last-year-grade"),
                textCol("evaluation.col.scheme-version")),
            values);
    return files.download(table, format, locale);
  }

  private static List<EvaluationBoard.Row> filter(
      List<EvaluationBoard.Row> rows, Grade grade, String city) {
    return rows.stream()
        .filter(r -> grade == null || r.grade() == grade)
        .filter(r -> city == null || r.cityCodes().contains(city))
        .toList();
  }

  private static Grade gradeOf(String code) {
    return Arrays.stream(Grade.values())
        .filter(g -> g.code().equals(code))
        .findFirst()
        .orElseThrow(() -> new RuleViolation("evaluation.grade", code));
  }

  /** Runs the year's evaluation (the province administrator's) and shows it. */
  @PostMapping("/evaluations/{year}/runs")
  String run(@PathVariable int year, Actor actor) {
    evaluations.run(year, actor);
    return "redirect:/evaluations/" + year;
  }

  // ---- one cluster's explanation -------------------------------------------------------------

  @GetMapping("/evaluations/{year}/clusters/{id}")
  String cluster(
      @PathVariable int year, @PathVariable long id, Scope scope, Locale locale, Model model) {
    ClusterExplanation e = scoped.explain(year, id, scope);
    Scheme scheme = evaluations.scheme(e.schemeVersion());
    model.addAttribute("year", String.valueOf(year));
    model.addAttribute("e", e);
    model.addAttribute("tree", tree(e, scheme, locale));
    model.addAttribute("reconstructed", reconstructed(scheme));
    model.addAttribute(
        "download",
        "/evaluations/" + year + "/clusters/" + id + "/download?lang=" + locale.getLanguage());
    return "evaluation-cluster";
  }

  @GetMapping("/evaluations/{year}/clusters/{id}/download")
  ResponseEntity<StreamingResponseBody> clusterDownload(
      @PathVariable int year,
      @PathVariable long id,
      @RequestParam(required = false) String format,
      Scope scope,
      Locale locale) {
    ClusterExplanation e = scoped.explain(year, id, scope);
    Scheme scheme = evaluations.scheme(e.schemeVersion());
    List<List<Object>> values = new ArrayList<>();
    for (Top top : tree(e, scheme, locale)) {
      for (Middle middle : top.children()) {
        for (Leaf l : middle.leaves()) {
          values.add(
              Arrays.asList(
                  l.code(),
                  top.name(),
                  middle.name(),
                  l.name(),
                  l.weight(),
                  l.raw(),
                  l.unit(),
                  l.normalised(),
                  l.contribution(),
                  l.source(),
                  l.how()));
        }
      }
    }
    Table table =
        new Table(
            "evaluation-" + year + "-cluster-" + id,
            List.of(
                textCol("evaluation.col.code"),
                textCol("evaluation.col.first-level"),
                textCol("evaluation.col.second-level"),
                textCol("evaluation.col.indicator"),
                numberCol("evaluation.col.weight"),
                numberCol("evaluation.col.raw"),
                textCol("evaluation.col.unit"),
                numberCol("evaluation.col.normalised"),
                numberCol("evaluation.col.contribution"),
                textCol("evaluation.col.source"),
                textCol("evaluation.col.how")),
            values);
    return files.download(table, format, locale);
  }

  /** A first-level indicator with its points, their share of its weight, and what lies beneath. */
  record Top(
      String code,
      String name,
      BigDecimal weight,
      BigDecimal points,
      BigDecimal percent,
      List<Middle> children) {}

  /** A second-level indicator (or a leaf directly under the first level) and its leaves. */
  record Middle(
      String code,
      String name,
      boolean reconstructed,
      BigDecimal weight,
      BigDecimal points,
      List<Leaf> leaves) {}

  /** A leaf as scored: the explanation's line, named in the reader's language. */
  record Leaf(
      String code,
      String name,
      boolean reconstructed,
      BigDecimal weight,
      BigDecimal raw,
      String unit,
      BigDecimal normalised,
      BigDecimal contribution,
      String source,
      boolean missing,
      String how) {}

  private List<Top> tree(ClusterExplanation e, Scheme scheme, Locale locale) {
    boolean english = "en".equals(locale.getLanguage());
    Map<String, ClusterExplanation.Line> lines = new HashMap<>();
    e.leaves().forEach(l -> lines.put(l.code(), l));
    Map<String, ClusterExplanation.Subtotal> subtotals = new HashMap<>();
    e.indicators().forEach(s -> subtotals.put(s.code(), s));
    List<Top> tops = new ArrayList<>();
    for (SchemeIndicator top : scheme.indicators()) {
      List<Middle> middles = new ArrayList<>();
      List<SchemeIndicator> children = top.isLeaf() ? List.of(top) : top.children();
      for (SchemeIndicator child : children) {
        List<Leaf> leaves = new ArrayList<>();
        BigDecimal points = BigDecimal.ZERO;
        for (SchemeIndicator leaf : child.leaves()) {
          ClusterExplanation.Line line = lines.get(leaf.code());
          if (line == null) {
            continue;
          }
          points = points.add(line.contribution());
          leaves.add(leaf(line, leaf.reconstructed(), english, locale));
        }
        middles.add(
            new Middle(
                child.code(),
                english ? child.nameEn() : child.nameZh(),
                child.reconstructed(),
                leaves.stream().map(Leaf::weight).reduce(BigDecimal.ZERO, BigDecimal::add),
                points,
                leaves));
      }
      ClusterExplanation.Subtotal subtotal = subtotals.get(top.code());
      BigDecimal points = subtotal == null ? BigDecimal.ZERO : subtotal.points();
      BigDecimal weight = subtotal == null ? top.weight() : subtotal.weight();
      BigDecimal percent =
          weight.signum() == 0
              ? BigDecimal.ZERO
              : points
                  .multiply(BigDecimal.valueOf(100))
                  .divide(weight, MathContext.DECIMAL64)
                  .setScale(1, RoundingMode.HALF_UP);
      tops.add(
          new Top(
              top.code(), english ? top.nameEn() : top.nameZh(), weight, points, percent, middles));
    }
    return tops;
  }

  private Leaf leaf(
      ClusterExplanation.Line l, boolean reconstructed, boolean english, Locale locale) {
    boolean missing = l.basis() != LeafScore.Basis.SCORED;
    String source = source(l.source(), locale);
    if (missing) {
      source =
          source
              + " "
              + text(
                  l.basis() == LeafScore.Basis.SELF_REPORT_PENDING
                      ? "evaluation.source.pending"
                      : "evaluation.source.missing",
                  locale,
                  new PageNumbers(locale).two(l.missingScore()));
    }
    return new Leaf(
        l.code(),
        english ? l.nameEn() : l.nameZh(),
        reconstructed,
        l.weight(),
        l.raw(),
        l.unit() == null ? null : unit(l.unit(), locale),
        l.normalised(),
        l.contribution(),
        source,
        missing,
        l.how());
  }

  /**
   * {@code statistic:revenue} as 统计：营业收入, {@code self_report:rd_platforms} as 年度自评报告：省级以上研发平台数 (the
   * self-report's own field label).
   */
  private String source(String source, Locale locale) {
    int colon = source.indexOf(':');
    String kind = source.substring(0, colon);
    String what = source.substring(colon + 1);
    if (kind.equals("statistic")) {
      return text(
          "evaluation.source.statistic",
          locale,
          messages.getMessage("evaluation.statistic." + what, null, what, locale));
    }
    return text(
        "evaluation.source.self-report",
        locale,
        messages.getMessage("selfreport.field." + what, null, what, locale));
  }

  private String unit(String unit, Locale locale) {
    return messages.getMessage("evaluation.unit." + unit, null, unit, locale);
  }

  private static boolean reconstructed(Scheme scheme) {
    return scheme.levels().keySet().stream().anyMatch(SchemeIndicator::reconstructed);
  }

  // ---- what-if -------------------------------------------------------------------------------

  @GetMapping("/evaluations/{year}/what-if")
  String whatIf(
      @PathVariable int year,
      @RequestParam Map<String, String> params,
      Scope scope,
      Locale locale,
      Model model) {
    if (!scope.seesUnpublishedClusterFigures()) {
      throw new AccessRefusedException(scope, "evaluations/" + year + "/what-if");
    }
    EvaluationBoard board =
        scoped.board(year, scope).orElseThrow(() -> new RuleViolation("evaluation.unknown", year));
    Scheme scheme = evaluations.scheme(board.run().schemeVersion());
    boolean english = "en".equals(locale.getLanguage());
    boolean submitted =
        params.keySet().stream()
            .anyMatch(k -> k.startsWith("w_") || List.of("excellent", "good", "pass").contains(k));
    List<WeightField> fields = new ArrayList<>();
    Map<String, BigDecimal> weights = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    BigDecimal sum = BigDecimal.ZERO;
    for (SchemeIndicator top : scheme.indicators()) {
      String asked = params.get("w_" + top.code());
      String value = asked == null ? top.weight().stripTrailingZeros().toPlainString() : asked;
      BigDecimal weight = decimal(value, problems, locale);
      if (weight != null) {
        weights.put(top.code(), weight);
        sum = sum.add(weight);
      }
      fields.add(
          new WeightField(
              "w_" + top.code(),
              english ? top.nameEn() : top.nameZh(),
              value,
              top.weight().stripTrailingZeros().toPlainString()));
    }
    GradeCutoffs cut = scheme.grades();
    String excellent = params.getOrDefault("excellent", plain(cut.excellent()));
    String good = params.getOrDefault("good", plain(cut.good()));
    String pass = params.getOrDefault("pass", plain(cut.pass()));
    boolean all = "true".equals(params.get("all"));
    model.addAttribute("year", String.valueOf(year));
    model.addAttribute("b", board);
    model.addAttribute("fields", fields);
    model.addAttribute("excellent", excellent);
    model.addAttribute("good", good);
    model.addAttribute("pass", pass);
    model.addAttribute("schemeCutoffs", cut);
    model.addAttribute("all", all);
    model.addAttribute("submitted", submitted);
    model.addAttribute("weightSum", sum);
    model.addAttribute("sumIsHundred", sum.compareTo(Scheme.TOTAL) == 0);
    if (submitted) {
      BigDecimal e = decimal(excellent, problems, locale);
      BigDecimal g = decimal(good, problems, locale);
      BigDecimal p = decimal(pass, problems, locale);
      if (problems.isEmpty()) {
        try {
          WhatIfResult result =
              evaluations.whatIf(year, new WhatIf(weights, new GradeCutoffs(e, g, p)));
          model.addAttribute("result", result);
          model.addAttribute("shownRows", all ? result.clusters() : result.gradeChanges());
        } catch (RuleViolation refused) {
          problems.add(refused.message(locale));
        }
      }
    }
    model.addAttribute("problems", problems);
    return "evaluation-what-if";
  }

  /** One first-level weight of the form: its field, its name, what was asked and the scheme's. */
  record WeightField(String field, String name, String value, String schemeValue) {}

  private BigDecimal decimal(String text, List<String> problems, Locale locale) {
    try {
      return new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      problems.add(text("evaluation.what-if.not-a-number", locale, text));
      return null;
    }
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  // ---- shared --------------------------------------------------------------------------------

  private String gradeName(Grade grade, Locale locale) {
    return text("evaluation.grade." + grade.code(), locale);
  }

  private String text(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, locale);
  }

  private static Col textCol(String key) {
    return new Col(key, false);
  }

  private static Col numberCol(String key) {
    return new Col(key, true);
  }
}

package org.clusteratlas.eligibility;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.clusteratlas.cluster.ClusterId;
import org.clusteratlas.shared.Scope;
import org.clusteratlas.web.Pages;
import org.clusteratlas.web.Table;
import org.clusteratlas.web.TableFiles;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The eligibility board's pages, for signed-in readers: {@code /eligibility/{year}} (per ladder a
 * table of the candidates in the reader's scope, a column per criterion with ✓ / ✗ / ? and its
 * reason, those that could apply first), {@code /eligibility/{year}/clusters/{id}} (one cluster
 * against every ladder) and {@code /eligibility/{year}/download?ladder=…&format=csv|xlsx} (a
 * ladder's table as a file, made from the same {@link Table} the page shows). Every figure comes
 * from {@link Eligibility}; refusals become error pages ({@link EligibilityPagesAdvice}).
 */
@Controller
class EligibilityPages {

  private final Eligibility eligibility;
  private final Reasons reasons;
  private final TableFiles files;

  EligibilityPages(Eligibility eligibility, Reasons reasons, TableFiles files) {
    this.eligibility = eligibility;
    this.reasons = reasons;
    this.files = files;
  }

  /** One criterion's cell: the verdict's code (for the style), its mark and the reason. */
  record Cell(String verdict, String mark, String label, String reason) {}

  /** One candidate's row. */
  record Row(long id, String name, boolean couldApply, String lacking, List<Cell> cells) {}

  /** One ladder's table. */
  record Section(
      String ladder,
      String source,
      boolean reconstructed,
      List<String> columns,
      List<Row> rows,
      long couldApply,
      String download) {}

  /** One ladder on a cluster's page. */
  record Check(
      String ladder,
      String source,
      boolean reconstructed,
      boolean holds,
      boolean couldApply,
      List<Cell> cells) {}

  @ModelAttribute
  void layout(Model model, Locale locale, HttpServletRequest request) {
    Pages.layout(model, locale, request);
  }

  /** The board of {@code year} (the year form's answer), else of the newest year with data. */
  @GetMapping("/eligibility")
  String latest(@RequestParam(required = false) Integer year, Locale locale) {
    List<Integer> years = eligibility.years();
    int shown = year != null ? year : years.isEmpty() ? 0 : years.get(years.size() - 1);
    return "redirect:/eligibility/" + shown + "?lang=" + locale.getLanguage();
  }

  @GetMapping("/eligibility/{year}")
  String board(@PathVariable int year, Scope scope, Locale locale, Model model) {
    Board board = eligibility.board(year, scope);
    List<Section> sections = new ArrayList<>();
    for (Board.LadderBoard l : board.ladders()) {
      List<Row> rows = new ArrayList<>();
      for (Candidate c : l.candidates()) {
        rows.add(
            new Row(
                c.clusterId(),
                c.name(),
                c.couldApply(),
                lacking(c, locale),
                cells(c.verdicts(), locale)));
      }
      sections.add(
          new Section(
              l.ladder().code(),
              l.source(),
              l.reconstructed(),
              l.rules().stream().map(r -> ruleName(r, locale)).toList(),
              rows,
              l.couldApply(),
              "/eligibility/"
                  + year
                  + "/download?ladder="
                  + l.ladder().code()
                  + "&lang="
                  + locale.getLanguage()));
    }
    model.addAttribute("year", year);
    // as text, so that the messages do not group its digits
    model.addAttribute("yearText", String.valueOf(year));
    model.addAttribute("years", eligibility.years());
    model.addAttribute("criteriaVersion", board.criteriaVersion());
    model.addAttribute("sections", sections);
    return "eligibility";
  }

  @GetMapping("/eligibility/{year}/clusters/{id}")
  String cluster(
      @PathVariable int year, @PathVariable String id, Scope scope, Locale locale, Model model) {
    ClusterEligibility e = eligibility.cluster(year, ClusterId.parse(id), scope);
    List<Check> checks = new ArrayList<>();
    for (ClusterEligibility.LadderCheck l : e.ladders()) {
      checks.add(
          new Check(
              l.ladder().code(),
              l.source(),
              l.reconstructed(),
              l.holds(),
              l.check().couldApply(),
              cells(l.check().verdicts(), locale)));
    }
    model.addAttribute("year", year);
    model.addAttribute("yearText", String.valueOf(year));
    model.addAttribute("e", e);
    model.addAttribute("checks", checks);
    return "eligibility-cluster";
  }

  @GetMapping("/eligibility/{year}/download")
  ResponseEntity<StreamingResponseBody> download(
      @PathVariable int year,
      @RequestParam String ladder,
      @RequestParam(defaultValue = "csv") String format,
      Scope scope,
      Locale locale) {
    Ladder wanted = Ladder.ofCode(ladder);
    Board board = eligibility.board(year, scope);
    Board.LadderBoard l =
        board.ladders().stream().filter(b -> b.ladder() == wanted).findFirst().orElseThrow();
    return files.download(table(year, l, locale), format, locale);
  }

  /** A ladder's candidates as a table: id, name, could apply, lacking, then one column per rule. */
  Table table(int year, Board.LadderBoard l, Locale locale) {
    List<Table.Col> columns = new ArrayList<>();
    columns.add(new Table.Col("col.eligibility.cluster-id", true));
    columns.add(new Table.Col("col.name", false));
    columns.add(new Table.Col("col.eligibility.could-apply", false));
    columns.add(new Table.Col("col.eligibility.lacking", false));
    l.rules().forEach(r -> columns.add(new Table.Col("eligibility.rule." + r, false)));
    List<List<Object>> rows = new ArrayList<>();
    for (Candidate c : l.candidates()) {
      List<Object> row = new ArrayList<>();
      row.add(c.clusterId());
      row.add(c.name());
      row.add(c.couldApply() ? Verdict.MET.mark() : "");
      row.add(lacking(c, locale));
      for (RuleResult v : c.verdicts()) {
        row.add(v.verdict().mark() + " " + reasons.text(v.reason(), locale));
      }
      rows.add(row);
    }
    return new Table("eligibility-" + year + "-" + l.ladder().code(), columns, rows);
  }

  private List<Cell> cells(List<RuleResult> verdicts, Locale locale) {
    return verdicts.stream()
        .map(
            v ->
                new Cell(
                    v.verdict().code(),
                    v.verdict().mark(),
                    ruleName(v.rule(), locale),
                    reasons.text(v.reason(), locale)))
        .toList();
  }

  private String lacking(Candidate c, Locale locale) {
    return String.join(
        "en".equals(locale.getLanguage()) ? ", " : "、",
        c.lacking().stream().map(r -> ruleName(r, locale)).toList());
  }

  private String ruleName(String rule, Locale locale) {
    return reasons.term("eligibility.rule." + rule, locale);
  }
}

package org.clusteratlas.management;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.clusteratlas.shared.Actor;
import org.clusteratlas.shared.RuleViolation;
import org.clusteratlas.shared.Scope;
import org.clusteratlas.web.Pages;
import org.clusteratlas.web.Table;
import org.clusteratlas.web.TableFiles;
import org.clusteratlas.web.WebConventions;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /management/{year}} (动态管理), for signed-in users: the year's proposals grouped by kind,
 * each with its grounds, state and decision; forms to confirm or reject (a reason required) for the
 * province administrator, read-only for the others; the list as CSV or XLSX. Superseded proposals
 * are shown when asked for ({@code ?state=superseded}). A refused decision shows the page again
 * with the refusal and its status (400, or 403 for a reader who may not decide).
 */
@Controller
class ManagementPage {

  private final DynamicManagement management;
  private final ProposalTexts texts;
  private final TableFiles files;
  private final Clock clock;

  ManagementPage(DynamicManagement management, ProposalTexts texts, TableFiles files, Clock clock) {
    this.management = management;
    this.texts = texts;
    this.files = files;
    this.clock = clock;
  }

  /** A decision as the page shows it. */
  record DecisionRow(
      String outcome, String actor, String at, String reason, String document, String effect) {}

  /** A proposal as the page shows it. */
  record Row(
      long id,
      long clusterId,
      String cluster,
      String grounds,
      String state,
      String stateName,
      String proposedAt,
      boolean open,
      List<DecisionRow> decisions) {}

  /** The proposals of one kind. */
  record Group(String kind, String name, List<Row> rows) {}

  /** The year asked for, else the latest with proposals, else last year. */
  @GetMapping("/management")
  String latest(
      @RequestParam(required = false) Integer year, @RequestParam(required = false) String state) {
    List<Integer> years = management.years();
    int shown =
        year != null ? year : years.isEmpty() ? LocalDate.now(clock).getYear() - 1 : years.get(0);
    return "redirect:"
        + UriComponentsBuilder.fromPath("/management/" + shown)
            .queryParamIfPresent(
                "state", java.util.Optional.ofNullable(state).filter(s -> !s.isBlank()))
            .build()
            .toUriString();
  }

  @GetMapping("/management/{year}")
  String page(
      @PathVariable int year,
      @RequestParam(required = false) String state,
      Scope scope,
      Actor actor,
      Locale locale,
      Model model,
      HttpServletRequest request) {
    List<Proposal> proposals = list(year, state, scope);
    List<Group> groups = new ArrayList<>();
    for (ProposalKind kind : ProposalKind.values()) {
      List<Row> rows =
          proposals.stream().filter(p -> p.kind() == kind).map(p -> row(p, locale)).toList();
      if (!rows.isEmpty()) {
        groups.add(new Group(kind.code(), texts.kind(kind, locale), rows));
      }
    }
    List<Integer> years = new ArrayList<>(management.years());
    if (!years.contains(year)) {
      years.add(0, year);
    }
    model.addAttribute("year", year);
    // a year, not a number: never written with a thousands separator
    model.addAttribute("yearLabel", String.valueOf(year));
    model.addAttribute("years", years);
    model.addAttribute("state", state == null ? "" : state);
    model.addAttribute(
        "states", List.of(ProposalState.values()).stream().map(ProposalState::code).toList());
    model.addAttribute("groups", groups);
    model.addAttribute("total", proposals.size());
    model.addAttribute("decides", actor.isProvince());
    String base =
        "/management/" + year + "/download?" + (state == null ? "" : "state=" + state + "&");
    model.addAttribute("downloadCsv", base + "format=csv");
    model.addAttribute("downloadXlsx", base + "format=xlsx");
    model.addAttribute("langZh", Pages.withLanguage(request, "zh"));
    model.addAttribute("langEn", Pages.withLanguage(request, "en"));
    return "management";
  }

  @GetMapping("/management/{year}/download")
  ResponseEntity<StreamingResponseBody> download(
      @PathVariable int year,
      @RequestParam(required = false) String state,
      @RequestParam(defaultValue = "csv") String format,
      Scope scope,
      Locale locale) {
    return files.download(table(year, list(year, state, scope), locale), format, locale);
  }

  @PostMapping("/management/{year}/proposals/{id}/{decision:confirm|reject}")
  String decide(
      @PathVariable int year,
      @PathVariable long id,
      @PathVariable String decision,
      @RequestParam(required = false) String reason,
      @RequestParam(required = false) String document,
      Scope scope,
      Actor actor,
      Locale locale,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      if (decision.equals("confirm")) {
        management.confirm(id, actor, reason, document);
      } else {
        management.reject(id, actor, reason, document);
      }
    } catch (RuleViolation e) {
      response.setStatus(WebConventions.statusOf(e.rule()).value());
      model.addAttribute("error", e.message(locale));
      model.addAttribute("errorProposal", id);
      return page(year, null, scope, actor, locale, model, request);
    }
    redirect.addFlashAttribute(decision.equals("confirm") ? "confirmed" : "rejected", id);
    return "redirect:/management/" + year + "#proposal-" + id;
  }

  private List<Proposal> list(int year, String state, Scope scope) {
    boolean any = state == null || state.isBlank();
    return management
        .proposals(year, any ? null : ProposalState.ofCode(state), null, scope)
        .stream()
        .filter(p -> !any || p.state() != ProposalState.SUPERSEDED)
        .toList();
  }

  private Row row(Proposal p, Locale locale) {
    return new Row(
        p.id(),
        p.cluster().value(),
        p.clusterName(),
        texts.grounds(p.grounds(), locale),
        p.state().code(),
        texts.state(p.state(), locale),
        ProposalTexts.time(p.proposedAt()),
        p.state() == ProposalState.OPEN,
        p.decisions().stream()
            .map(
                d ->
                    new DecisionRow(
                        texts.state(d.outcome().state(), locale),
                        d.actor().name(),
                        ProposalTexts.time(d.at()),
                        d.reason(),
                        d.document(),
                        texts.effect(d, locale)))
            .toList());
  }

  private Table table(int year, List<Proposal> proposals, Locale locale) {
    List<Table.Col> columns =
        List.of(
            new Table.Col("management.col.id", true),
            new Table.Col("management.col.year", true),
            new Table.Col("management.col.run", true),
            new Table.Col("management.col.cluster-id", true),
            new Table.Col("management.col.cluster", false),
            new Table.Col("management.col.kind", false),
            new Table.Col("management.col.grounds", false),
            new Table.Col("management.col.state", false),
            new Table.Col("management.col.decided-by", false),
            new Table.Col("management.col.decided-at", false),
            new Table.Col("management.col.reason", false),
            new Table.Col("management.col.document", false),
            new Table.Col("management.col.lifecycle", false));
    List<List<Object>> rows = new ArrayList<>();
    for (Proposal p : proposals) {
      var d = p.decision();
      List<Object> row = new ArrayList<>();
      row.add(p.id());
      row.add(p.year());
      row.add(p.runId());
      row.add(p.cluster().value());
      row.add(p.clusterName());
      row.add(texts.kind(p.kind(), locale));
      row.add(texts.grounds(p.grounds(), locale));
      row.add(texts.state(p.state(), locale));
      row.add(d.map(x -> x.actor().name()).orElse(null));
      row.add(d.map(x -> ProposalTexts.time(x.at())).orElse(null));
      row.add(d.map(Decision::reason).orElse(null));
      row.add(d.map(Decision::document).orElse(null));
      row.add(d.map(x -> texts.effect(x, locale)).orElse(null));
      rows.add(row);
    }
    return new Table("management-" + year, columns, rows);
  }
}

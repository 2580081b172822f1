package org.clusteratlas.selfreport;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clusteratlas.cluster.ClusterId;
import org.clusteratlas.shared.Actor;
import org.clusteratlas.shared.RuleViolation;
import org.clusteratlas.shared.Scope;
import org.clusteratlas.web.Table;
import org.clusteratlas.web.TableFiles;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The self-report pages, for signed-in users (the filter chain sends a visitor to sign in): {@code
 * /self-reports/{year}}, the year's reports in the reader's scope with their state, due date and
 * lateness, as CSV or XLSX too ({@code ?download=table&format=csv|xlsx}); and {@code
 * /self-reports/{year}/clusters/{id}}, one report's form — the fields grouped by the scheme's
 * first-level indicators with their units and last year's accepted values, each finding next to its
 * field with a box for its explanation, save and submit for those who may fill it in, accept and
 * return for the province, read-only for everyone else. The form posts to the same address; a
 * refusal shows the form again with the message next to the field it names.
 */
@Controller
class SelfReportPages {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final SelfReports reports;
  private final TableFiles files;
  private final MessageSource messages;
  private final Clock clock;

  SelfReportPages(SelfReports reports, TableFiles files, MessageSource messages, Clock clock) {
    this.reports = reports;
    this.files = files;
    this.messages = messages;
    this.clock = clock;
  }

  /** The year asked for ({@code ?year=}), else the latest whose reports are due: last year. */
  @GetMapping("/self-reports")
  String latest(@RequestParam(required = false) Integer year) {
    return "redirect:/self-reports/"
        + (year != null ? year : LocalDate.ofInstant(clock.instant(), DueDates.ZONE).getYear() - 1);
  }

  @GetMapping("/self-reports/{year}")
  String list(
      @PathVariable int year, Scope scope, Locale locale, Model model, HttpServletRequest request) {
    List<ReportRow> rows = reports.list(year, scope);
    language(model, request);
    model.addAttribute("year", year);
    // years as text, so that the messages do not write 2025 as "2,025"
    model.addAttribute("yearText", String.valueOf(year));
    model.addAttribute("rows", rows);
    model.addAttribute("time", new Times());
    model.addAttribute(
        "counts",
        rows.stream()
            .collect(
                java.util.stream.Collectors.groupingBy(
                    r -> r.state().id(),
                    LinkedHashMap::new,
                    java.util.stream.Collectors.counting())));
    model.addAttribute("late", rows.stream().filter(r -> Boolean.TRUE.equals(r.late())).count());
    model.addAttribute("overdue", rows.stream().filter(ReportRow::overdue).count());
    model.addAttribute(
        "download",
        UriComponentsBuilder.fromPath("/self-reports/" + year)
            .queryParam("download", "table")
            .queryParam("lang", locale.getLanguage())
            .build()
            .toUriString());
    return "self-reports";
  }

  /**
   * The list as a file: {@code ?download=table&format=csv|xlsx}, headers in the page's language.
   */
  @GetMapping(path = "/self-reports/{year}", params = "download=table")
  ResponseEntity<StreamingResponseBody> table(
      @PathVariable int year,
      @RequestParam(required = false) String format,
      Scope scope,
      Locale locale) {
    List<ReportRow> rows = reports.list(year, scope);
    List<List<Object>> cells = new ArrayList<>();
    for (ReportRow r : rows) {
      List<Object> row = new ArrayList<>();
      row.add(r.clusterId());
      row.add(r.name());
      row.add(messages.getMessage("selfreport.state." + r.state().id(), null, locale));
      row.add(r.dueOn().toString());
      row.add(
          r.late() == null
              ? ""
              : messages.getMessage(r.late() ? "selfreport.yes" : "selfreport.no", null, locale));
      row.add(messages.getMessage(r.overdue() ? "selfreport.yes" : "selfreport.no", null, locale));
      row.add(r.submittedAt() == null ? "" : new Times().of(r.submittedAt()));
      row.add(r.version());
      cells.add(row);
    }
    Table table =
        new Table(
            "self-reports-" + year,
            List.of(
                new Table.Col("selfreport.col.cluster-id", true),
                new Table.Col("selfreport.col.cluster", false),
                new Table.Col("selfreport.col.state", false),
                new Table.Col("selfreport.col.due-on", false),
                new Table.Col("selfreport.col.late", false),
                new Table.Col("selfreport.col.overdue", false),
                new Table.Col("selfreport.col.submitted-at", false),
                new Table.Col("selfreport.col.version", true)),
            cells);
    return files.download(table, format, locale);
  }

  @GetMapping("/self-reports/{year}/clusters/{id}")
  String form(
      @PathVariable int year,
      @PathVariable String id,
      Scope scope,
      Model model,
      HttpServletRequest request) {
    SelfReportView view = reports.report(year, ClusterId.parse(id), scope);
    show(model, request, view, view.values(), view.explanations(), null, List.of());
    return "self-report";
  }

  /**
   * The form's buttons: {@code action=save|submit} with {@code value.<field>} and {@code
   * explain.<field>}; {@code action=accept|return} with {@code reason}.
   */
  @PostMapping("/self-reports/{year}/clusters/{id}")
  ModelAndView post(
      @PathVariable int year,
      @PathVariable String id,
      @RequestParam String action,
      @RequestParam Map<String, String> params,
      Actor actor,
      Scope scope,
      Locale locale,
      Model model,
      HttpServletRequest request) {
    ClusterId cluster = ClusterId.parse(id);
    Map<String, String> typed = prefixed(params, "value.");
    Map<String, String> explanations = prefixed(params, "explain.");
    String reason = params.get("reason");
    try {
      switch (action) {
        case "save" -> reports.save(year, cluster, typed, explanations, actor, scope);
        case "submit" -> {
          // the values are kept as a draft even when the submission is refused, so the findings
          // show against what was typed
          reports.save(year, cluster, typed, explanations, actor, scope);
          reports.submit(year, cluster, null, explanations, actor, scope);
        }
        case "accept" -> reports.accept(year, cluster, reason, actor, scope);
        case "return" -> reports.returnReport(year, cluster, reason, actor, scope);
        default -> throw new RuleViolation("self-report.action", action);
      }
    } catch (UnexplainedFindings e) {
      SelfReportView view = reports.report(year, cluster, scope);
      show(model, request, view, view.values(), explanations, e.message(locale), e.findings());
      return refused(model);
    } catch (RuleViolation e) {
      if (e.rule().endsWith("forbidden") || e.rule().endsWith(".unknown")) {
        throw e;
      }
      SelfReportView view = reports.report(year, cluster, scope);
      Map<String, Object> shown = new HashMap<>(view.values());
      if (action.equals("save") || action.equals("submit")) {
        shown.putAll(typed);
      }
      show(model, request, view, shown, explanations, e.message(locale), List.of());
      model.addAttribute("refusedField", refusedField(e));
      return refused(model);
    }
    return new ModelAndView(
        "redirect:/self-reports/" + year + "/clusters/" + cluster.value() + "?done=" + action);
  }

  /** The form shown again with the refusal, answered 400. */
  private static ModelAndView refused(Model model) {
    ModelAndView page = new ModelAndView("self-report", model.asMap());
    page.setStatus(HttpStatus.BAD_REQUEST);
    return page;
  }

  /** The field a hard refusal names: its value's field ({1}) or, for field rules, {0}. */
  private static String refusedField(RuleViolation e) {
    String[] args = e.argumentsAsText();
    if (e.rule().equals(SelfReportRule.UNKNOWN_FIELD.id())
        || e.rule().equals(SelfReportRule.DERIVED_FIELD.id())
        || e.rule().equals(SelfReportRule.REQUIRED.id())) {
      return e.rejectedValue();
    }
    return args.length > 0 && SelfReportCatalogue.field(args[0]).isPresent() ? args[0] : null;
  }

  private static Map<String, String> prefixed(Map<String, String> params, String prefix) {
    Map<String, String> values = new LinkedHashMap<>();
    params.forEach(
        (k, v) -> {
          if (k.startsWith(prefix)) {
            values.put(k.substring(prefix.length()), v);
          }
        });
    return values;
  }

  /** One field as the form shows it. */
  record FieldRow(
      SelfReportField field,
      String value,
      String lastYear,
      List<String> findings,
      boolean quasiHard,
      String explanation) {}

  /** One group of fields: a first-level indicator of the scheme, or the facts. */
  record Group(String code, List<FieldRow> rows) {}

  private void show(
      Model model,
      HttpServletRequest request,
      SelfReportView view,
      Map<String, ?> values,
      Map<String, String> explanations,
      String refusal,
      List<Finding> refusedFindings) {
    Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
    language(model, request);
    List<Group> groups = new ArrayList<>();
    for (String group : SelfReportCatalogue.GROUPS) {
      List<FieldRow> rows = new ArrayList<>();
      for (SelfReportField f : SelfReportCatalogue.fields()) {
        if (!f.group().equals(group)) {
          continue;
        }
        List<Finding> findings = view.findingsOf(f.code());
        Object value = values.get(f.code());
        BigDecimal last = view.lastYear().get(f.code());
        rows.add(
            new FieldRow(
                f,
                value == null
                    ? ""
                    : value instanceof BigDecimal d ? d.toPlainString() : value.toString(),
                last == null ? null : last.toPlainString(),
                findings.stream().map(x -> x.message(locale)).toList(),
                findings.stream()
                    .anyMatch(x -> x.rule().tier() != org.clusteratlas.collection.Tier.VERIFY),
                explanations.getOrDefault(f.code(), view.explanations().get(f.code()))));
      }
      groups.add(new Group(group, rows));
    }
    model.addAttribute("r", view);
    model.addAttribute("yearText", String.valueOf(view.year()));
    model.addAttribute("lastYearText", String.valueOf(view.year() - 1));
    model.addAttribute("groups", groups);
    model.addAttribute("refusal", refusal);
    model.addAttribute(
        "unexplained", refusedFindings.stream().map(Finding::field).distinct().toList());
    model.addAttribute("time", new Times());
    model.addAttribute("catalogueVersion", SelfReportCatalogue.VERSION);
  }

  private static void language(Model model, HttpServletRequest request) {
    model.addAttribute("langZh", withLanguage(request, "zh"));
    model.addAttribute("langEn", withLanguage(request, "en"));
  }

  static String withLanguage(HttpServletRequest request, String language) {
    return UriComponentsBuilder.fromPath(request.getRequestURI())
        .query(request.getQueryString())
        .replaceQueryParam("lang", language)
        .replaceQueryParam("done")
        .build()
        .toUriString();
  }

  /** Instants as the pages show them: Beijing time to the minute. */
  static final class Times {
    public String of(Instant at) {
      return at == null ? "" : TIME.format(at.atZone(DueDates.ZONE));
    }
  }
}

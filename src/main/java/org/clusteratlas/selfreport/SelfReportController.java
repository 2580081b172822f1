package org.clusteratlas.selfreport;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clusteratlas.cluster.ClusterId;
import org.clusteratlas.collection.Tier;
import org.clusteratlas.shared.Actor;
import org.clusteratlas.shared.Scope;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The annual self-reports over HTTP, for signed-in users within their scope (the public gets 401):
 *
 * <ul>
 *   <li>{@code GET /api/v1/self-reports/{year}}: the year's reports — state, due date, late,
 *       overdue, submitted at, version;
 *   <li>{@code GET /api/v1/self-reports/fields}: the form's fields (code, type, unit, group,
 *       label);
 *   <li>{@code GET …/{year}/clusters/{id}}: one report — values, last year's accepted values,
 *       findings (with their messages), explanations, history, what the reader may do;
 *   <li>{@code PUT …/{year}/clusters/{id}} {@code {"values": {"rd_platforms": 6, …},
 *       "explanations": {"rd_intensity": "…"}}}: saves a draft (the cluster's organisation, or its
 *       bureau);
 *   <li>{@code POST …/submit} {@code {"values": {…}, "explanations": {…}}} (values optional: those
 *       saved): submits it; refused with the unexplained findings listed;
 *   <li>{@code POST …/accept} {@code {"reason": "…"}} (optional) and {@code POST …/return} {@code
 *       {"reason": "…"}} (required): the province administrator's.
 * </ul>
 */
@RestController
@RequestMapping("/api/v1/self-reports")
class SelfReportController {

  private final SelfReports reports;
  private final MessageSource messages;

  SelfReportController(SelfReports reports, MessageSource messages) {
    this.reports = reports;
    this.messages = messages;
  }

  /** The year's list. */
  record ReportList(int year, String catalogueVersion, List<ReportRow> reports) {}

  @GetMapping("/{year}")
  ReportList list(@PathVariable int year, Scope scope) {
    return new ReportList(year, SelfReportCatalogue.VERSION, reports.list(year, scope));
  }

  /** One field of the form, with its label and unit in the reader's language. */
  record FieldAnswer(
      String code,
      FieldType type,
      String unit,
      String group,
      BigDecimal min,
      BigDecimal max,
      boolean derived,
      String label) {}

  @GetMapping("/fields")
  Map<String, Object> fields(Locale locale) {
    return Map.of(
        "catalogue_version",
        SelfReportCatalogue.VERSION,
        "fields",
        SelfReportCatalogue.fields().stream()
            .map(
                f ->
                    new FieldAnswer(
                        f.code(),
                        f.type(),
                        messages.getMessage("selfreport.unit." + f.unit(), null, locale),
                        f.group(),
                        f.type().min(),
                        f.upperBound(),
                        f.derived(),
                        messages.getMessage(f.labelKey(), null, locale)))
            .toList());
  }

  /** A finding as answered: its field, rule, tier, value, message and the explanation written. */
  record FindingAnswer(
      String field, String rule, Tier tier, BigDecimal value, String message, String explanation) {}

  /** A report as answered. */
  record ReportAnswer(
      long clusterId,
      String clusterName,
      int year,
      ReportState state,
      LocalDate dueOn,
      Boolean late,
      boolean overdue,
      Instant submittedAt,
      Long version,
      boolean demo,
      String catalogueVersion,
      Map<String, BigDecimal> values,
      Map<String, BigDecimal> lastYear,
      List<FindingAnswer> findings,
      Map<String, String> explanations,
      List<ReportEvent> history,
      boolean mayEdit,
      boolean mayReview) {}

  private ReportAnswer answer(SelfReportView v, Locale locale) {
    return new ReportAnswer(
        v.clusterId(),
        v.clusterName(),
        v.year(),
        v.state(),
        v.dueOn(),
        v.late(),
        v.overdue(),
        v.submittedAt(),
        v.version(),
        v.demo(),
        SelfReportCatalogue.VERSION,
        v.values(),
        v.lastYear(),
        findings(v.findings(), v.explanations(), locale),
        v.explanations(),
        v.history(),
        v.mayEdit(),
        v.mayReview());
  }

  private static List<FindingAnswer> findings(
      List<Finding> findings, Map<String, String> explanations, Locale locale) {
    return findings.stream()
        .map(
            f ->
                new FindingAnswer(
                    f.field(),
                    f.ruleId(),
                    f.tier(),
                    f.value(),
                    f.message(locale),
                    explanations.get(f.field())))
        .toList();
  }

  @GetMapping("/{year}/clusters/{id}")
  ReportAnswer report(@PathVariable int year, @PathVariable String id, Scope scope, Locale locale) {
    return answer(reports.report(year, ClusterId.parse(id), scope), locale);
  }

  /** The body of a save or a submission. */
  record Form(Map<String, String> values, Map<String, String> explanations) {}

  @PutMapping("/{year}/clusters/{id}")
  ReportAnswer save(
      @PathVariable int year,
      @PathVariable String id,
      @RequestBody Form form,
      Actor actor,
      Scope scope,
      Locale locale) {
    return answer(
        reports.save(
            year,
            ClusterId.parse(id),
            form.values() == null ? Map.of() : form.values(),
            form.explanations(),
            actor,
            scope),
        locale);
  }

  @PostMapping("/{year}/clusters/{id}/submit")
  ReportAnswer submit(
      @PathVariable int year,
      @PathVariable String id,
      @RequestBody(required = false) Form form,
      Actor actor,
      Scope scope,
      Locale locale) {
    return answer(
        reports.submit(
            year,
            ClusterId.parse(id),
            form == null ? null : form.values(),
            form == null ? null : form.explanations(),
            actor,
            scope),
        locale);
  }

  /** The body of an acceptance or a return. */
  record Review(String reason) {}

  @PostMapping("/{year}/clusters/{id}/accept")
  ReportAnswer accept(
      @PathVariable int year,
      @PathVariable String id,
      @RequestBody(required = false) Review review,
      Actor actor,
      Scope scope,
      Locale locale) {
    return answer(
        reports.accept(
            year, ClusterId.parse(id), review == null ? null : review.reason(), actor, scope),
        locale);
  }

  @PostMapping("/{year}/clusters/{id}/return")
  ReportAnswer returnReport(
      @PathVariable int year,
      @PathVariable String id,
      @RequestBody(required = false) Review review,
      Actor actor,
      Scope scope,
      Locale locale) {
    return answer(
        reports.returnReport(
            year, ClusterId.parse(id), review == null ? null : review.reason(), actor, scope),
        locale);
  }

  /**
   * A submission refused for unexplained findings: the problem detail of any refused rule, with the
   * findings listed ({@code findings}: field, rule, tier, value, message).
   */
  @ExceptionHandler(UnexplainedFindings.class)
  ProblemDetail unexplained(UnexplainedFindings e, Locale locale) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.message(locale));
    problem.setType(URI.create("urn:cluster-atlas:rule:" + e.rule()));
    problem.setTitle(e.rule());
    problem.setProperty("rule", e.rule());
    problem.setProperty("rejected_value", e.rejectedValue());
    problem.setProperty("findings", findings(e.findings(), Map.of(), locale));
    return problem;
  }
}

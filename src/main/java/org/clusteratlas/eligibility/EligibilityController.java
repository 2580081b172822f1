package org.clusteratlas.eligibility;

import java.util.List;
import java.util.Locale;
import org.clusteratlas.cluster.ClusterId;
import org.clusteratlas.shared.Scope;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The eligibility board over HTTP, for signed-in readers and scoped to them (the public is asked to
 * sign in: the figures are unpublished). Each verdict carries its reason as a sentence in the
 * reader's language ({@code reason}) and as the message key and arguments it is made from.
 *
 * <ul>
 *   <li>{@code GET /api/v1/eligibility/{year}[?ladder=national_sme_characteristic]}: per ladder its
 *       criteria and candidates, those that could apply first;
 *   <li>{@code GET /api/v1/eligibility/{year}/clusters/{id}}: one cluster against every ladder.
 * </ul>
 */
@RestController
@RequestMapping("/api/v1/eligibility")
class EligibilityController {

  private final Eligibility eligibility;
  private final Reasons reasons;

  EligibilityController(Eligibility eligibility, Reasons reasons) {
    this.eligibility = eligibility;
    this.reasons = reasons;
  }

  /** One verdict as the API writes it. */
  record VerdictView(
      String rule, Verdict verdict, String reason, String reasonKey, List<String> reasonArgs) {}

  /** One candidate as the API writes it. */
  record CandidateView(
      long clusterId,
      String name,
      boolean couldApply,
      List<String> lacking,
      List<VerdictView> verdicts) {}

  /** One ladder of the board. */
  record LadderView(
      Ladder ladder,
      String source,
      boolean reconstructed,
      List<String> rules,
      long couldApply,
      List<CandidateView> candidates) {}

  /** The board. */
  record BoardView(int year, String criteriaVersion, List<LadderView> ladders) {}

  /** One ladder for one cluster. */
  record LadderCheckView(
      Ladder ladder,
      String source,
      boolean reconstructed,
      boolean holds,
      boolean couldApply,
      List<String> lacking,
      List<VerdictView> verdicts) {}

  /** One cluster against every ladder. */
  record ClusterView(
      int year,
      long clusterId,
      String name,
      String criteriaVersion,
      List<LadderCheckView> ladders) {}

  @GetMapping("/{year}")
  BoardView board(
      @PathVariable int year,
      @RequestParam(required = false) String ladder,
      Scope scope,
      Locale locale) {
    Ladder only = ladder == null || ladder.isBlank() ? null : Ladder.ofCode(ladder.strip());
    Board board = eligibility.board(year, scope);
    return new BoardView(
        board.year(),
        board.criteriaVersion(),
        board.ladders().stream()
            .filter(l -> only == null || l.ladder() == only)
            .map(
                l ->
                    new LadderView(
                        l.ladder(),
                        l.source(),
                        l.reconstructed(),
                        l.rules(),
                        l.couldApply(),
                        l.candidates().stream().map(c -> candidate(c, locale)).toList()))
            .toList());
  }

  @GetMapping("/{year}/clusters/{id}")
  ClusterView cluster(@PathVariable int year, @PathVariable String id, Scope scope, Locale locale) {
    ClusterEligibility e = eligibility.cluster(year, ClusterId.parse(id), scope);
    return new ClusterView(
        e.year(),
        e.clusterId(),
        e.name(),
        e.criteriaVersion(),
        e.ladders().stream()
            .map(
                l ->
                    new LadderCheckView(
                        l.ladder(),
                        l.source(),
                        l.reconstructed(),
                        l.holds(),
                        l.check().couldApply(),
                        l.check().lacking(),
                        verdicts(l.check(), locale)))
            .toList());
  }

  private CandidateView candidate(Candidate c, Locale locale) {
    return new CandidateView(
        c.clusterId(), c.name(), c.couldApply(), c.lacking(), verdicts(c, locale));
  }

  private List<VerdictView> verdicts(Candidate c, Locale locale) {
    return c.verdicts().stream()
        .map(
            v ->
                new VerdictView(
                    v.rule(),
                    v.verdict(),
                    reasons.text(v.reason(), locale),
                    v.reason().key(),
                    reasons.args(v.reason(), locale)))
        .toList();
  }
}

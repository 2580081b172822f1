package org.clusteratlas.evaluation;

import java.math.BigDecimal;
import java.net.URI;
import java.util.Map;
import org.clusteratlas.cluster.ClusterId;
import org.clusteratlas.shared.AccessRefusedException;
import org.clusteratlas.shared.Actor;
import org.clusteratlas.shared.RuleViolation;
import org.clusteratlas.shared.Scope;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The evaluations over HTTP. Reading needs a signed-in user (results are not published to the
 * public) and shows the clusters the reader's scope covers ({@link ScopedEvaluations}); running an
 * evaluation and trying other weights are the province administrator's.
 *
 * <ul>
 *   <li>{@code GET /api/v1/evaluations/{year}}: the year's latest run, every cluster as {@code
 *       {cluster_id, name, total, grade, stars, scheme_version, rank}} under {@code results};
 *   <li>{@code GET …/{year}/clusters/{id}}: one cluster's explanation;
 *   <li>{@code POST …/{year}/runs}: runs the year's evaluation (201, the run);
 *   <li>{@code POST …/{year}/what-if} {@code {"weights": {"scale": 20, …}, "cutoffs": {"excellent":
 *       80, "good": 70, "pass": 55}}}: the latest run recomputed, nothing saved;
 *   <li>{@code GET /api/v1/evaluations/runs/{id}/replay}: a run replayed as of its versions.
 * </ul>
 */
@RestController
@RequestMapping("/api/v1/evaluations")
class EvaluationController {

  private final Evaluations evaluations;
  private final ScopedEvaluations scoped;

  EvaluationController(Evaluations evaluations, ScopedEvaluations scoped) {
    this.evaluations = evaluations;
    this.scoped = scoped;
  }

  @GetMapping("/{year}")
  Evaluation latest(@PathVariable int year, Scope scope) {
    return scoped.latest(year, scope);
  }

  @GetMapping("/{year}/clusters/{id}")
  ClusterExplanation explain(@PathVariable int year, @PathVariable String id, Scope scope) {
    return scoped.explain(year, ClusterId.parse(id).value(), scope);
  }

  @PostMapping("/{year}/runs")
  ResponseEntity<Evaluation> run(@PathVariable int year, Actor actor) {
    Evaluation evaluation = evaluations.run(year, actor);
    return ResponseEntity.created(URI.create("/api/v1/evaluations/" + year)).body(evaluation);
  }

  /** The body of a what-if: weights by indicator code, and cut-offs (each optional). */
  record WhatIfRequest(Map<String, BigDecimal> weights, Cutoffs cutoffs) {}

  /** Grade cut-offs as sent. */
  record Cutoffs(BigDecimal excellent, BigDecimal good, BigDecimal pass) {}

  @PostMapping("/{year}/what-if")
  WhatIfResult whatIf(@PathVariable int year, @RequestBody WhatIfRequest request, Actor actor) {
    if (!actor.isProvince()) {
      throw new RuleViolation("evaluation.what-if-forbidden", actor.name(), actor.role());
    }
    Cutoffs c = request.cutoffs();
    return evaluations.whatIf(
        year,
        new WhatIf(
            request.weights(),
            c == null ? null : new GradeCutoffs(c.excellent(), c.good(), c.pass())));
  }

  @GetMapping("/runs/{id}/replay")
  Replay replay(@PathVariable long id, Scope scope) {
    requireSignedIn(scope, "evaluations/runs/" + id + "/replay");
    return evaluations.replay(id);
  }

  private static void requireSignedIn(Scope scope, String what) {
    if (!scope.signedIn()) {
      throw new AccessRefusedException(scope, what);
    }
  }
}

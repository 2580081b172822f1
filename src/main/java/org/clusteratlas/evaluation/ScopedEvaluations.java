package org.clusteratlas.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.clusteratlas.cluster.ClusterId;
import org.clusteratlas.shared.AccessRefusedException;
import org.clusteratlas.shared.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evaluations as a reader may see them: results are not published, so the public sees none (a
 * refusal, answered 401), the province and viewers every cluster's, a city or county officer those
 * of the clusters hosted wholly within its region, a cluster organisation its own. A cluster's
 * explanation outside the scope is refused with {@link AccessRefusedException} (403), which the web
 * layer records. Reads only; {@link Evaluations} runs and recomputes.
 */
@Service
public class ScopedEvaluations {

  private final Evaluations evaluations;
  private final EvaluationStore store;
  private final ClusterCoverage coverage;
  private final JdbcClient jdbc;

  ScopedEvaluations(
      Evaluations evaluations, EvaluationStore store, ClusterCoverage coverage, JdbcClient jdbc) {
    this.evaluations = evaluations;
    this.store = store;
    this.coverage = coverage;
    this.jdbc = jdbc;
  }

  /**
   * The latest run of {@code year} with the results of the clusters the scope covers; refused as
   * unknown when the year was not evaluated.
   */
  @Transactional(readOnly = true)
  public Evaluation latest(int year, Scope scope) {
    requireSignedIn(scope, "evaluations/" + year);
    Evaluation all = evaluations.latest(year);
    if (scope.seesUnpublishedClusterFigures()) {
      return all;
    }
    Set<Long> covered = covered(scope);
    return all.withResults(
        all.results().stream().filter(r -> covered.contains(r.clusterId())).toList());
  }

  /** Why {@code clusterId} scored what it did in the latest run of {@code year}, if in scope. */
  @Transactional(readOnly = true)
  public ClusterExplanation explain(int year, long clusterId, Scope scope) {
    requireCovered(clusterId, scope, "evaluations/" + year + "/clusters/" + clusterId);
    return evaluations.explain(year, new ClusterId(clusterId));
  }

  /**
   * Refused with {@link AccessRefusedException} unless the scope covers the cluster ({@code what}
   * names what was asked for in the refusal's record).
   */
  public void requireCovered(long clusterId, Scope scope, String what) {
    requireSignedIn(scope, what);
    ClusterCoverage.Placed placed = coverage.all().get(new ClusterId(clusterId));
    if (placed != null && !placed.coveredBy(scope)) {
      throw new AccessRefusedException(scope, what);
    }
  }

  /** The latest run of {@code year} for the evaluation page; empty when the year was not run. */
  @Transactional(readOnly = true)
  public Optional<EvaluationBoard> board(int year, Scope scope) {
    requireSignedIn(scope, "evaluations/" + year);
    Optional<EvaluationRun> latest = store.latestRun(year);
    if (latest.isEmpty()) {
      return Optional.empty();
    }
    EvaluationRun run = latest.get();
    Scheme scheme = store.scheme(run.schemeVersion());
    Map<ClusterId, ClusterCoverage.Placed> placed = coverage.all();
    Map<String, String> cityNames = coverage.cityNames();
    List<ScoredCluster> results = store.results(run.id(), false);
    List<EvaluationBoard.Row> rows = new ArrayList<>();
    for (ScoredCluster s : results) {
      ClusterCoverage.Placed p = placed.get(s.cluster());
      if (p == null || !p.coveredBy(scope)) {
        continue;
      }
      List<String> cities = p.cityCodes();
      rows.add(
          new EvaluationBoard.Row(
              s.rank(),
              s.cluster().value(),
              p.name(),
              cities,
              cities.stream()
                  .map(c -> cityNames.getOrDefault(c, c))
                  .collect(Collectors.joining("、")),
              s.total(),
              s.grade(),
              s.stars(),
              s.lastYear()));
    }
    boolean reconstructed =
        scheme.levels().keySet().stream().anyMatch(SchemeIndicator::reconstructed);
    return Optional.of(
        new EvaluationBoard(
            run,
            scheme.nameZh(),
            scheme.nameEn(),
            scheme.document(),
            reconstructed,
            scheme.grades(),
            results.size(),
            rows));
  }

  /** The newest year evaluated, if any. */
  @Transactional(readOnly = true)
  public Optional<Integer> latestYear() {
    return jdbc.sql("select year from evaluation_run order by year desc limit 1")
        .query(Integer.class)
        .optional();
  }

  /** The cities of the province (code → name), for the page's filter. */
  public Map<String, String> cityNames() {
    return coverage.cityNames();
  }

  private Set<Long> covered(Scope scope) {
    return coverage.all().values().stream()
        .filter(p -> p.coveredBy(scope))
        .map(p -> p.id().value())
        .collect(Collectors.toSet());
  }

  private static void requireSignedIn(Scope scope, String what) {
    if (!scope.signedIn()) {
      throw new AccessRefusedException(scope, what);
    }
  }
}

package org.clusteratlas.management;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.clusteratlas.evaluation.ClusterResult;
import org.clusteratlas.evaluation.Evaluations;
import org.clusteratlas.evaluation.GradeCutoffs;
import org.clusteratlas.evaluation.Scheme;
import org.clusteratlas.shared.Actor;

/**
 * The default scheme grades every demo cluster 合格 or better (its self-report leaves score their
 * missing 60), so the tests publish, inside their transaction, a stricter one whose pass mark the
 * weakest tenth of 2025's clusters miss.
 */
final class StrictScheme {

  static final Actor ADMIN = Actor.provinceAdministrator("test-management");

  private StrictScheme() {}

  /**
   * Publishes, from {@code year} on, the default scheme with a pass mark just above the tenth
   * lowest total of a default run of 2025.
   */
  static void from(Evaluations evaluations, int year) {
    Scheme current = evaluations.schemeFor(2025);
    List<BigDecimal> totals =
        evaluations.run(2025, ADMIN).results().stream().map(ClusterResult::total).sorted().toList();
    BigDecimal pass = totals.get(9).add(new BigDecimal("0.01"));
    evaluations.publish(
        current
            .asVersion("it-management-strict-" + year, year)
            .withChanges(
                Map.of(), new GradeCutoffs(new BigDecimal("99"), new BigDecimal("98"), pass)),
        ADMIN,
        "tests: a pass mark the weakest clusters miss");
  }

  /** Publishes, from {@code year} on, the default scheme with a pass mark every cluster reaches. */
  static void lenientFrom(Evaluations evaluations, int year) {
    evaluations.publish(
        evaluations
            .scheme("2021.1")
            .asVersion("it-management-lenient-" + year, year)
            .withChanges(
                Map.of(),
                new GradeCutoffs(new BigDecimal("99"), new BigDecimal("98"), BigDecimal.ZERO)),
        ADMIN,
        "tests: a pass mark every cluster reaches");
  }
}

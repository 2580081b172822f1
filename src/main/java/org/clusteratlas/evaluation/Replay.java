package org.clusteratlas.evaluation;

import java.math.BigDecimal;
import java.util.List;

/**
 * A stored run recomputed with its own scheme version, as of its own data version, over its own
 * cohort and with the grades of its own previous run: every cluster's stored and replayed total,
 * grade and stars, and the leaves whose score differs. {@code identical} when nothing differs.
 *
 * <p>Only reports are versioned: memberships, frames and the enterprises' flags are read as they
 * are now, so a change to those since the run shows here as a difference.
 */
public record Replay(EvaluationRun run, boolean identical, List<ReplayedCluster> clusters) {

  public Replay {
    clusters = List.copyOf(clusters);
  }

  /** One cluster, stored against replayed. */
  public record ReplayedCluster(
      long clusterId,
      String name,
      BigDecimal storedTotal,
      BigDecimal replayedTotal,
      Grade storedGrade,
      Grade replayedGrade,
      int storedStars,
      int replayedStars,
      List<String> leavesDiffering) {

    public boolean identical() {
      return storedTotal.compareTo(replayedTotal) == 0
          && storedGrade == replayedGrade
          && storedStars == replayedStars
          && leavesDiffering.isEmpty();
    }
  }
}

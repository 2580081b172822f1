package org.clusteratlas.eligibility;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;
import org.clusteratlas.cluster.ClusterId;

/**
 * Facts about a cluster that the records do not hold and its organisation declares in the annual
 * self-report: the cluster's area and how many of its members are MIIT single champions (制造业单项冠军).
 * A module holding the self-reports provides a bean of this type; without one nothing is declared,
 * and the criteria resting on these facts answer {@link Verdict#UNKNOWN}.
 */
public interface DeclaredFacts {

  /** The cluster's area in km² as declared for {@code year}, or empty when not declared. */
  Optional<BigDecimal> areaKm2(ClusterId cluster, int year);

  /**
   * How many single champions the cluster declared for {@code year}, or empty when not declared.
   */
  OptionalInt singleChampions(ClusterId cluster, int year);

  /** Nothing declared: the answer while no self-report is collected. */
  DeclaredFacts NONE =
      new DeclaredFacts() {
        @Override
        public Optional<BigDecimal> areaKm2(ClusterId cluster, int year) {
          return Optional.empty();
        }

        @Override
        public OptionalInt singleChampions(ClusterId cluster, int year) {
          return OptionalInt.empty();
        }
      };
}

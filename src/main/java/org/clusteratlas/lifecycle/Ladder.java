package org.clusteratlas.lifecycle;

import static org.clusteratlas.cluster.DesignationKind.MUNICIPAL;
import static org.clusteratlas.cluster.DesignationKind.NATIONAL_ADVANCED_MANUFACTURING;
import static org.clusteratlas.cluster.DesignationKind.NATIONAL_SME_CHARACTERISTIC;
import static org.clusteratlas.cluster.DesignationKind.PROVINCIAL;
import static org.clusteratlas.cluster.DesignationKind.PROVINCIAL_ADVANCED_MANUFACTURING;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clusteratlas.cluster.DesignationKind;

/**
 * The two ladders of the gradient cultivation system (DOMAIN.md §2): municipal → provincial →
 * provincial advanced manufacturing → national advanced manufacturing, and provincial → national
 * SME characteristic.
 */
final class Ladder {

  private static final Map<DesignationKind, Set<DesignationKind>> ABOVE =
      Map.of(
          MUNICIPAL, Set.of(PROVINCIAL),
          PROVINCIAL, Set.of(PROVINCIAL_ADVANCED_MANUFACTURING, NATIONAL_SME_CHARACTERISTIC),
          PROVINCIAL_ADVANCED_MANUFACTURING, Set.of(NATIONAL_ADVANCED_MANUFACTURING),
          NATIONAL_ADVANCED_MANUFACTURING, Set.of(),
          NATIONAL_SME_CHARACTERISTIC, Set.of());

  private static final Map<DesignationKind, DesignationKind> BELOW =
      Map.of(
          PROVINCIAL, MUNICIPAL,
          PROVINCIAL_ADVANCED_MANUFACTURING, PROVINCIAL,
          NATIONAL_ADVANCED_MANUFACTURING, PROVINCIAL_ADVANCED_MANUFACTURING,
          NATIONAL_SME_CHARACTERISTIC, PROVINCIAL);

  private Ladder() {}

  /** The rungs directly above {@code kind}: two above provincial, none above a national one. */
  static Set<DesignationKind> above(DesignationKind kind) {
    return ABOVE.get(kind);
  }

  /** The rung directly below {@code kind}; none below municipal. */
  static Optional<DesignationKind> below(DesignationKind kind) {
    return Optional.ofNullable(BELOW.get(kind));
  }
}

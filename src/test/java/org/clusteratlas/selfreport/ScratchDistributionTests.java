package org.clusteratlas.selfreport;

import org.clusteratlas.AtlasIntegrationTest;
import org.clusteratlas.evaluation.Evaluation;
import org.clusteratlas.evaluation.Evaluations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@AtlasIntegrationTest
class ScratchDistributionTests {
  @Autowired Evaluations evaluations;

  @Test
  void print() {
    for (int y : new int[] {2024, 2025}) {
      Evaluation e = evaluations.latest(y);
      java.util.Map<Object, Long> g = new java.util.TreeMap<>();
      java.util.Map<Object, Long> s = new java.util.TreeMap<>();
      e.results()
          .forEach(
              r -> {
                g.merge(r.grade(), 1L, Long::sum);
                s.merge(r.stars(), 1L, Long::sum);
              });
      org.slf4j.LoggerFactory.getLogger("scratch")
          .warn(
              "SCRATCH {} grades {} stars {} missing {} first {} last {}",
              y,
              g,
              s,
              e.selfReportsMissing(),
              e.results().get(0).total(),
              e.results().get(e.results().size() - 1).total());
      e.results()
          .forEach(
              r ->
                  org.slf4j.LoggerFactory.getLogger("scratch")
                      .warn("SCRATCH {} {} {} {}", y, r.total(), r.grade(), r.name()));
    }
  }
}

package org.clusteratlas.cluster;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/designations/counts?on=2025-12-31}: how many clusters held each designation on
 * that date (granted on or before it, not revoked on or before it).
 */
@RestController
class DesignationCountsController {

  private final ClusterRegister clusters;

  DesignationCountsController(ClusterRegister clusters) {
    this.clusters = clusters;
  }

  /** The counts on one date, keyed by designation code in ladder order. */
  record DesignationCounts(LocalDate on, Map<String, Integer> counts) {}

  @GetMapping("/api/v1/designations/counts")
  DesignationCounts counts(
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (DesignationKind kind : DesignationKind.values()) {
      counts.put(kind.code(), clusters.holdersOn(kind, on).size());
    }
    return new DesignationCounts(on, counts);
  }
}

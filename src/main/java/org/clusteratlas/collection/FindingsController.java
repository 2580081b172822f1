package org.clusteratlas.collection;

import java.util.List;
import org.clusteratlas.shared.Actor;
import org.clusteratlas.shared.ReportingPeriod;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The findings of applied imports that stay: {@code GET /api/v1/findings?period=2025-07&region=…}
 * lists the open quasi-hard ones (which block the period's acceptance), {@code POST
 * /api/v1/findings/{id}/clearance} clears one with a written reason, as the higher level may when
 * the data are right after all. Sending corrected reports clears them too. The signed-in user acts
 * (the {@link Actor} parameter, resolved by the security module).
 */
@RestController
@RequestMapping("/api/v1/findings")
class FindingsController {

  private final FindingService findings;

  FindingsController(FindingService findings) {
    this.findings = findings;
  }

  record Clearance(String reason) {}

  @GetMapping
  List<FindingService.OpenFinding> open(
      @RequestParam String period, @RequestParam(defaultValue = Actor.PROVINCE) String region) {
    return findings.open(ReportingPeriod.parse(period), region, LocaleContextHolder.getLocale());
  }

  @PostMapping("/{id}/clearance")
  FindingService.OpenFinding clear(
      @PathVariable long id, @RequestBody Clearance clearance, Actor actor) {
    return findings.clear(id, actor, clearance.reason(), LocaleContextHolder.getLocale());
  }
}

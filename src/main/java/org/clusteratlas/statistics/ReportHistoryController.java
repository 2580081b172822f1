package org.clusteratlas.statistics;

import java.util.List;
import org.clusteratlas.enterprise.CreditCode;
import org.clusteratlas.shared.ReportingPeriod;
import org.clusteratlas.shared.RuleViolation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/reports/history?credit_code=…&period=2025-07&indicator=revenue}: every value
 * one report has had, oldest first, with who wrote it, when and why.
 */
@RestController
class ReportHistoryController {

  private final ReportStore reports;

  ReportHistoryController(ReportStore reports) {
    this.reports = reports;
  }

  @GetMapping("/api/v1/reports/history")
  List<ReportVersion> history(
      @RequestParam("credit_code") String creditCode,
      @RequestParam String period,
      @RequestParam String indicator) {
    List<ReportVersion> history =
        reports.history(
            new CreditCode(creditCode),
            ReportingPeriod.parse(period),
            new IndicatorCode(indicator));
    if (history.isEmpty()) {
      throw new RuleViolation("report.unknown", creditCode + " " + period + " " + indicator);
    }
    return history;
  }
}

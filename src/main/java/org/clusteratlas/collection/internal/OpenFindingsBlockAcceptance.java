package org.clusteratlas.collection.internal;

import java.util.List;
import java.util.Locale;
import org.clusteratlas.collection.FindingService;
import org.clusteratlas.period.AcceptanceBlockers;
import org.clusteratlas.shared.ReportingPeriod;
import org.springframework.stereotype.Component;

/**
 * Quasi-hard findings (准强制性) of applied imports must be cleared before a period is accepted: each
 * open one in the region (a city with its counties, the province with all) blocks it.
 */
@Component
class OpenFindingsBlockAcceptance implements AcceptanceBlockers {

  private final FindingService findings;

  OpenFindingsBlockAcceptance(FindingService findings) {
    this.findings = findings;
  }

  @Override
  public List<String> openBlockers(ReportingPeriod period, String regionCode, Locale locale) {
    return findings.open(period, regionCode, locale).stream()
        .map(f -> f.rule() + " " + f.message())
        .toList();
  }
}

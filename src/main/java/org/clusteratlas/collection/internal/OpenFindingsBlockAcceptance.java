package org.clusteratlas.collection.internal;

import java.util.List;
import java.util.Locale;
import org.clusteratlas.period.AcceptanceBlockers;
import org.clusteratlas.shared.ReportingPeriod;
import org.springframework.stereotype.Component;

/**
 * Quasi-hard findings (准强制性) of applied imports must be cleared before a period is accepted: each
 * open one in the region (a city with its counties, the province with all) blocks it.
 */
@Component
class OpenFindingsBlockAcceptance implements AcceptanceBlockers {

  private final ImportLog log;

  OpenFindingsBlockAcceptance(ImportLog log) {
    this.log = log;
  }

  @Override
  public List<String> openBlockers(ReportingPeriod period, String regionCode, Locale locale) {
    return log.open(period.year(), period.month(), regionCode).stream()
        .map(f -> f.rule() + " " + f.message(locale))
        .toList();
  }
}

package org.clusteratlas.period;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.clusteratlas.shared.ReportingPeriod;
import org.springframework.stereotype.Component;

/**
 * A test-only {@link AcceptanceBlockers} bean, found by component scanning like the import module's
 * will be. It blocks nothing until a test opens a problem, so the integration tests that share its
 * context are unaffected; tests that open one clear them afterwards.
 */
@Component
class TestAcceptanceBlockers implements AcceptanceBlockers {

  private final Map<String, List<String>> open = new ConcurrentHashMap<>();

  void open(ReportingPeriod period, String regionCode, String... problems) {
    open.put(period + "/" + regionCode, List.of(problems));
  }

  void clear() {
    open.clear();
  }

  @Override
  public List<String> openBlockers(ReportingPeriod period, String regionCode, Locale locale) {
    return open.getOrDefault(period + "/" + regionCode, List.of()).stream()
        .map(problem -> locale.getLanguage() + ": " + problem)
        .toList();
  }
}

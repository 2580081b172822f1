package org.clusteratlas.selfreport;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clusteratlas.cluster.ClusterId;
import org.clusteratlas.shared.Actor;
import org.clusteratlas.shared.Scope;

/** Clusters, callers and forms of the demo province for the self-report's integration tests. */
public final class SelfReportFixture {

  public static final Actor PROVINCE = Actor.provinceAdministrator("it-self-report-admin");
  public static final Scope PROVINCE_SCOPE = Scope.province(PROVINCE.name());

  private SelfReportFixture() {}

  /** The demo province's clusters left without a report for {@code year}. */
  public static List<ClusterId> missing(SelfReports reports, int year) {
    return reports.list(year, PROVINCE_SCOPE).stream()
        .filter(r -> r.state() == ReportState.NOT_STARTED)
        .map(r -> new ClusterId(r.clusterId()))
        .toList();
  }

  /** The cluster organisation of {@code cluster}, as actor. */
  public static Actor organisation(ClusterId cluster) {
    return new Actor("it-org-" + cluster.value(), Actor.Role.CLUSTER_ORG, "360100");
  }

  /** Its scope. */
  public static Scope organisationScope(ClusterId cluster) {
    return Scope.cluster("it-org-" + cluster.value(), cluster.value());
  }

  /**
   * A complete form that raises no finding: last year's accepted values where there are, else
   * values of a middling cluster.
   */
  public static Map<String, String> form(SelfReportView view) {
    Map<String, String> form = new LinkedHashMap<>();
    for (SelfReportField f : SelfReportCatalogue.typedFields()) {
      BigDecimal last = view.lastYear().get(f.code());
      form.put(f.code(), last != null ? last.toPlainString() : middling(f));
    }
    return form;
  }

  private static String middling(SelfReportField f) {
    return switch (f.code()) {
      case "rd_platforms", "service_platforms" -> "4";
      case "new_platforms", "promotion_organisation", "industrial_internet_platforms" -> "1";
      case "rd_intensity" -> "1.8";
      case "digitalised_share" -> "30";
      case "cloud_firms" -> "40";
      case "energy_intensity_decline" -> "2.1";
      case "revenue_per_mu" -> "450";
      case "major_accidents", "single_champions" -> "0";
      case "area_km2" -> "35.5";
      default -> "8";
    };
  }

  /** {@code form} with some values changed: field, value, field, value … */
  public static Map<String, String> with(Map<String, String> form, String... pairs) {
    Map<String, String> changed = new LinkedHashMap<>(form);
    for (int i = 0; i < pairs.length; i += 2) {
      changed.put(pairs[i], pairs[i + 1]);
    }
    return changed;
  }
}

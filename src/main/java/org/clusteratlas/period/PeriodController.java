package org.clusteratlas.period;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.clusteratlas.region.Region;
import org.clusteratlas.region.RegionCode;
import org.clusteratlas.region.RegionDirectory;
import org.clusteratlas.shared.Actor;
import org.clusteratlas.shared.ReportingPeriod;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reporting periods over HTTP; {@code {period}} is written {@code 2025-03}, times are ISO 8601
 * with their offset and shown in Beijing time. Every answer is the period as it now stands.
 *
 * <ul>
 *   <li>{@code GET /api/v1/periods/{period}}: the window, the acceptances by region, the history;
 *   <li>{@code POST /api/v1/periods/{period}/acceptances} {@code {"region_code": "360100"}};
 *   <li>{@code POST /api/v1/periods/{period}/unlocks} {@code {"region_code": "360100", "reason":
 *       "…"}};
 *   <li>{@code PUT /api/v1/periods/{period}/window} {@code {"opens_at": "2025-04-01T00:00+08:00",
 *       "closes_at": "2025-04-16T00:00+08:00"}} ({@code closes_at} is the first late instant).
 * </ul>
 *
 * <p>Every change is made by the signed-in user, the {@link Actor} parameter the security module
 * resolves (roles province_admin, city_officer, cluster_org, viewer); the rules of who may do what
 * are the service's.
 */
@RestController
class PeriodController {

  private final ReportingPeriods periods;
  private final RegionDirectory regions;

  PeriodController(ReportingPeriods periods, RegionDirectory regions) {
    this.periods = periods;
    this.regions = regions;
  }

  record WindowView(OffsetDateTime opensAt, OffsetDateTime closesAt, boolean overridden) {}

  record LockView(
      String regionCode,
      String regionName,
      OffsetDateTime acceptedAt,
      String acceptedBy,
      String acceptedByRole) {}

  record HistoryView(
      String action,
      String regionCode,
      String actorName,
      String actorRole,
      String actorRegion,
      OffsetDateTime at,
      String reason,
      OffsetDateTime opensAt,
      OffsetDateTime closesAt) {}

  record PeriodView(
      String period, WindowView window, List<LockView> locks, List<HistoryView> history) {}

  record AcceptanceRequest(String regionCode) {}

  record UnlockRequest(String regionCode, String reason) {}

  record WindowRequest(OffsetDateTime opensAt, OffsetDateTime closesAt) {}

  @GetMapping("/api/v1/periods/{period}")
  PeriodView show(@PathVariable String period) {
    return view(ReportingPeriod.parse(period));
  }

  @PostMapping("/api/v1/periods/{period}/acceptances")
  @ResponseStatus(HttpStatus.CREATED)
  PeriodView accept(
      @PathVariable String period, @RequestBody AcceptanceRequest request, Actor actor) {
    ReportingPeriod p = ReportingPeriod.parse(period);
    periods.accept(p, request.regionCode(), actor);
    return view(p);
  }

  @PostMapping("/api/v1/periods/{period}/unlocks")
  @ResponseStatus(HttpStatus.CREATED)
  PeriodView unlock(@PathVariable String period, @RequestBody UnlockRequest request, Actor actor) {
    ReportingPeriod p = ReportingPeriod.parse(period);
    periods.unlock(p, request.regionCode(), actor, request.reason());
    return view(p);
  }

  @PutMapping("/api/v1/periods/{period}/window")
  PeriodView setWindow(
      @PathVariable String period, @RequestBody WindowRequest request, Actor actor) {
    ReportingPeriod p = ReportingPeriod.parse(period);
    periods.setWindow(p, instant(request.opensAt()), instant(request.closesAt()), actor);
    return view(p);
  }

  private PeriodView view(ReportingPeriod period) {
    ReportingWindow window = periods.window(period);
    return new PeriodView(
        period.toString(),
        new WindowView(beijing(window.opensAt()), beijing(window.closesAt()), window.overridden()),
        periods.locks(period).stream()
            .map(
                l ->
                    new LockView(
                        l.regionCode(),
                        regions
                            .region(new RegionCode(l.regionCode()))
                            .map(Region::name)
                            .orElse(null),
                        beijing(l.acceptedAt()),
                        l.acceptedBy(),
                        ManagedPeriod.roleCode(l.acceptedByRole())))
            .toList(),
        periods.history(period).stream()
            .map(
                h ->
                    new HistoryView(
                        h.action().code(),
                        h.regionCode(),
                        h.actor().name(),
                        ManagedPeriod.roleCode(h.actor().role()),
                        h.actor().regionCode(),
                        beijing(h.at()),
                        h.reason(),
                        beijing(h.opensAt()),
                        beijing(h.closesAt())))
            .toList());
  }

  private static Instant instant(OffsetDateTime time) {
    return time == null ? null : time.toInstant();
  }

  private static OffsetDateTime beijing(Instant instant) {
    return instant == null ? null : OffsetDateTime.ofInstant(instant, ReportingWindow.ZONE);
  }
}

package org.clusteratlas.period;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.clusteratlas.region.RegionCode;
import org.clusteratlas.shared.Actor;
import org.clusteratlas.shared.ReportingPeriod;
import org.clusteratlas.shared.RuleViolation;

/**
 * A reporting period as this module manages it: its window and its acceptances. They change only
 * through {@link #accept}, {@link #unlock} and {@link #setWindow}, which check who acts and the
 * current state, and record a history entry and an event for the service to store and publish.
 * Region codes reaching here are known divisions of the province.
 */
final class ManagedPeriod {

  /** How many blockers a refusal names; the count says how many more there are. */
  static final int BLOCKERS_NAMED = 3;

  private final ReportingPeriod period;
  private ReportingWindow window;
  private final Map<String, PeriodLock> locks = new TreeMap<>();
  private final List<PeriodHistoryEntry> steps = new ArrayList<>();
  private final List<Object> events = new ArrayList<>();

  ManagedPeriod(ReportingPeriod period, ReportingWindow window, List<PeriodLock> locks) {
    this.period = period;
    this.window = window;
    locks.forEach(l -> this.locks.put(l.regionCode(), l));
  }

  ReportingWindow window() {
    return window;
  }

  List<PeriodLock> locks() {
    return List.copyOf(locks.values());
  }

  /** The lock that holds {@code regionCode}'s data: the province's, its city's or its own. */
  Optional<PeriodLock> lockCovering(String regionCode) {
    return locks.values().stream().filter(l -> l.covers(regionCode)).findFirst();
  }

  /**
   * Accepts the period for {@code region}. {@code openBlockers} is asked last, once who acts and
   * the state are known to allow it.
   */
  PeriodLock accept(
      RegionCode region, Actor actor, Instant at, Supplier<List<String>> openBlockers) {
    String code = region.value();
    if (!mayAccept(actor, region)) {
      throw new RuleViolation(
          "period.accept-forbidden",
          code,
          period,
          actor.name(),
          roleCode(actor.role()),
          actor.regionCode());
    }
    Optional<PeriodLock> covering = lockCovering(code);
    if (covering.isPresent()) {
      PeriodLock lock = covering.get();
      throw new RuleViolation(
          "period.already-locked",
          code,
          period,
          lock.regionCode(),
          ReportingWindow.beijing(lock.acceptedAt()),
          lock.acceptedBy());
    }
    List<String> blockers = openBlockers.get();
    if (!blockers.isEmpty()) {
      throw new RuleViolation(
          "period.blocked",
          code,
          period,
          blockers.size(),
          String.join("; ", blockers.subList(0, Math.min(BLOCKERS_NAMED, blockers.size()))));
    }
    PeriodLock lock = new PeriodLock(period, code, at, actor.name(), actor.role());
    locks.put(code, lock);
    steps.add(
        new PeriodHistoryEntry(period, PeriodAction.ACCEPT, code, actor, at, null, null, null));
    events.add(new PeriodAccepted(period, code, actor, at));
    return lock;
  }

  /** Lifts the acceptance for exactly {@code region}; the level above only, with a reason. */
  void unlock(RegionCode region, Actor actor, String reason, Instant at) {
    String code = region.value();
    if (!mayUnlock(actor, region)) {
      throw new RuleViolation(
          "period.unlock-forbidden",
          code,
          period,
          actor.name(),
          roleCode(actor.role()),
          actor.regionCode());
    }
    if (!locks.containsKey(code)) {
      throw new RuleViolation("period.not-locked", code, period);
    }
    if (reason == null || reason.isBlank()) {
      throw new RuleViolation("period.reason-missing", code, period);
    }
    String written = reason.strip();
    locks.remove(code);
    steps.add(
        new PeriodHistoryEntry(period, PeriodAction.UNLOCK, code, actor, at, written, null, null));
    events.add(new PeriodUnlocked(period, code, actor, at, written));
  }

  /** Sets the window; the province administrator only, and not once the province accepted. */
  ReportingWindow setWindow(Instant opensAt, Instant closesAt, Actor actor, Instant at) {
    if (!actor.isProvince()) {
      throw new RuleViolation(
          "period.window-forbidden", period, actor.name(), roleCode(actor.role()));
    }
    if (locks.containsKey(Actor.PROVINCE)) {
      throw new RuleViolation("period.window-locked", period);
    }
    window = new ReportingWindow(period, opensAt, closesAt, true);
    steps.add(
        new PeriodHistoryEntry(
            period, PeriodAction.WINDOW_SET, Actor.PROVINCE, actor, at, null, opensAt, closesAt));
    return window;
  }

  /**
   * The province administrator accepts for any region; a city or county bureau for its own region
   * and those inside it; cluster organisations and viewers never.
   */
  static boolean mayAccept(Actor actor, RegionCode region) {
    return switch (actor.role()) {
      case PROVINCE_ADMIN -> true;
      case CITY_OFFICER -> {
        RegionCode own = new RegionCode(actor.regionCode());
        yield !own.isProvince() && region.isWithin(own);
      }
      case CLUSTER_ORG, VIEWER -> false;
    };
  }

  /**
   * Only the level above lifts a lock: the province administrator any (the province's own
   * included), a city bureau those of the counties in its city.
   */
  static boolean mayUnlock(Actor actor, RegionCode region) {
    return switch (actor.role()) {
      case PROVINCE_ADMIN -> true;
      case CITY_OFFICER -> {
        RegionCode own = new RegionCode(actor.regionCode());
        yield own.isCity() && !region.equals(own) && region.isWithin(own);
      }
      case CLUSTER_ORG, VIEWER -> false;
    };
  }

  /** History entries recorded since loading, for the service to store. */
  List<PeriodHistoryEntry> takeSteps() {
    List<PeriodHistoryEntry> taken = List.copyOf(steps);
    steps.clear();
    return taken;
  }

  /** Events recorded since loading, for the service to publish after storing. */
  List<Object> takeEvents() {
    List<Object> taken = List.copyOf(events);
    events.clear();
    return taken;
  }

  /** A role as the future security roles name it, e.g. {@code city_officer}. */
  static String roleCode(Actor.Role role) {
    return role.name().toLowerCase(Locale.ROOT);
  }
}

package org.clusteratlas.period;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.clusteratlas.region.Region;
import org.clusteratlas.region.RegionCode;
import org.clusteratlas.region.RegionDirectory;
import org.clusteratlas.shared.Actor;
import org.clusteratlas.shared.ReportingPeriod;
import org.clusteratlas.shared.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reporting periods on PostgreSQL: tables {@code reporting_window} (windows set by hand),
 * {@code period_lock} and {@code period_event}. Changes to one period are serialised by a
 * transaction-level advisory lock, so two bureaus accepting at once cannot both pass the checks.
 */
@Service
class JdbcReportingPeriods implements ReportingPeriods {

  /** The first key of this module's advisory locks; the second is the period (yyyymm). */
  private static final int ADVISORY_LOCK_SPACE = 0x50455244;

  private final JdbcClient jdbc;
  private final RegionDirectory regions;
  private final List<AcceptanceBlockers> blockers;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final int closeDay;

  JdbcReportingPeriods(
      JdbcClient jdbc,
      RegionDirectory regions,
      List<AcceptanceBlockers> blockers,
      ApplicationEventPublisher events,
      Clock clock,
      PeriodProperties properties) {
    this.jdbc = jdbc;
    this.regions = regions;
    this.blockers = List.copyOf(blockers);
    this.events = events;
    this.clock = clock;
    this.closeDay = properties.closeDay();
  }

  @Override
  public ReportingWindow window(ReportingPeriod period) {
    return jdbc.sql("select opens_at, closes_at from reporting_window where year = ? and month = ?")
        .params(period.year(), period.month())
        .query((rs, n) -> new ReportingWindow(period, instant(rs, 1), instant(rs, 2), true))
        .optional()
        .orElseGet(() -> ReportingWindow.byDefault(period, closeDay));
  }

  @Override
  public boolean isLate(ReportingPeriod period, Instant receivedAt) {
    return window(period).isLate(receivedAt);
  }

  @Override
  public boolean isLocked(ReportingPeriod period, String enterpriseRegionCode) {
    String code = new RegionCode(enterpriseRegionCode).value();
    return jdbc.sql(
            "select exists (select 1 from period_lock where year = ? and month = ?"
                + " and region_code in (?, ?, ?))")
        .params(period.year(), period.month(), Actor.PROVINCE, PeriodLock.cityOf(code), code)
        .query(Boolean.class)
        .single();
  }

  @Override
  public List<PeriodLock> locks(ReportingPeriod period) {
    return jdbc.sql(
            "select region_code, accepted_at, accepted_by, accepted_by_role from period_lock"
                + " where year = ? and month = ? order by region_code")
        .params(period.year(), period.month())
        .query(
            (rs, n) ->
                new PeriodLock(
                    period,
                    rs.getString(1),
                    instant(rs, 2),
                    rs.getString(3),
                    role(rs.getString(4))))
        .list();
  }

  @Override
  public List<PeriodHistoryEntry> history(ReportingPeriod period) {
    return jdbc.sql(
            "select action, region_code, actor_name, actor_role, actor_region, at, reason,"
                + " opens_at, closes_at from period_event where year = ? and month = ?"
                + " order by at, id")
        .params(period.year(), period.month())
        .query(
            (rs, n) ->
                new PeriodHistoryEntry(
                    period,
                    PeriodAction.ofCode(rs.getString(1)),
                    rs.getString(2),
                    new Actor(rs.getString(3), role(rs.getString(4)), rs.getString(5)),
                    instant(rs, 6),
                    rs.getString(7),
                    instant(rs, 8),
                    instant(rs, 9)))
        .list();
  }

  @Override
  @Transactional
  public PeriodLock accept(ReportingPeriod period, String regionCode, Actor actor) {
    RegionCode region = provinceRegion(regionCode, period);
    ManagedPeriod managed = load(period);
    Locale locale = locale();
    PeriodLock lock =
        managed.accept(
            region,
            actor,
            currentInstant(),
            () ->
                blockers.stream()
                    .flatMap(b -> b.openBlockers(period, region.value(), locale).stream())
                    .toList());
    jdbc.sql(
            "insert into period_lock (year, month, region_code, accepted_at, accepted_by,"
                + " accepted_by_role) values (?, ?, ?, ?, ?, ?)")
        .params(
            period.year(),
            period.month(),
            lock.regionCode(),
            timestamp(lock.acceptedAt()),
            lock.acceptedBy(),
            ManagedPeriod.roleCode(lock.acceptedByRole()))
        .update();
    store(managed);
    return lock;
  }

  @Override
  @Transactional
  public void unlock(ReportingPeriod period, String regionCode, Actor actor, String reason) {
    RegionCode region = provinceRegion(regionCode, period);
    ManagedPeriod managed = load(period);
    managed.unlock(region, actor, reason, currentInstant());
    jdbc.sql("delete from period_lock where year = ? and month = ? and region_code = ?")
        .params(period.year(), period.month(), region.value())
        .update();
    store(managed);
  }

  @Override
  @Transactional
  public ReportingWindow setWindow(
      ReportingPeriod period, Instant opensAt, Instant closesAt, Actor actor) {
    ManagedPeriod managed = load(period);
    ReportingWindow window =
        managed.setWindow(micros(opensAt), micros(closesAt), actor, currentInstant());
    jdbc.sql(
            "insert into reporting_window (year, month, opens_at, closes_at) values (?, ?, ?, ?)"
                + " on conflict (year, month) do update set opens_at = excluded.opens_at,"
                + " closes_at = excluded.closes_at")
        .params(
            period.year(),
            period.month(),
            timestamp(window.opensAt()),
            timestamp(window.closesAt()))
        .update();
    store(managed);
    return window;
  }

  /**
   * The clock's instant at the database's precision (microseconds), so that the lock returned and
   * the event published carry the time as stored.
   */
  private Instant currentInstant() {
    return micros(clock.instant());
  }

  private static Instant micros(Instant instant) {
    return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
  }

  /** The period with its window and locks, held against concurrent changes until commit. */
  private ManagedPeriod load(ReportingPeriod period) {
    jdbc.sql("select pg_advisory_xact_lock(?, ?)")
        .params(ADVISORY_LOCK_SPACE, period.year() * 100 + period.month())
        .query((rs, n) -> n)
        .list();
    return new ManagedPeriod(period, window(period), locks(period));
  }

  private void store(ManagedPeriod managed) {
    for (PeriodHistoryEntry step : managed.takeSteps()) {
      jdbc.sql(
              "insert into period_event (year, month, region_code, action, actor_name,"
                  + " actor_role, actor_region, at, reason, opens_at, closes_at)"
                  + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
          .params(
              step.period().year(),
              step.period().month(),
              step.regionCode(),
              step.action().code(),
              step.actor().name(),
              ManagedPeriod.roleCode(step.actor().role()),
              step.actor().regionCode(),
              timestamp(step.at()),
              step.reason(),
              timestamp(step.opensAt()),
              timestamp(step.closesAt()))
          .update();
    }
    managed.takeEvents().forEach(events::publishEvent);
  }

  /** A division of the province (the province, a city or a county), else refused. */
  private RegionCode provinceRegion(String regionCode, ReportingPeriod period) {
    RegionCode code = new RegionCode(regionCode);
    Optional<Region> region = regions.region(code);
    if (region.isEmpty()
        || region.get().level() == Region.Level.EXTERNAL_PROVINCE
        || !code.isWithin(new RegionCode(Actor.PROVINCE))) {
      throw new RuleViolation("period.region-unknown", regionCode, period);
    }
    return code;
  }

  /**
   * The language blockers describe themselves in: the web request's, else Chinese (never the
   * JVM's), as refusals are shown.
   */
  private static Locale locale() {
    LocaleContext context = LocaleContextHolder.getLocaleContext();
    return context != null && context.getLocale() != null
        ? context.getLocale()
        : Locale.SIMPLIFIED_CHINESE;
  }

  private static Actor.Role role(String stored) {
    return Actor.Role.valueOf(stored.toUpperCase(Locale.ROOT));
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static OffsetDateTime timestamp(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }
}

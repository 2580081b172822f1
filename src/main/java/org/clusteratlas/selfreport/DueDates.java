package org.clusteratlas.selfreport;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.clusteratlas.cluster.Cluster;
import org.clusteratlas.cluster.DesignationKind;

/**
 * The due date of a cluster's self-report for year Y, in year Y + 1: by the designations it held on
 * Y's last day — national SME characteristic ({@code nationalSme}), provincial or national advanced
 * manufacturing ({@code advancedManufacturing}); a provincial cluster holding neither, the
 * province's default ({@code provincial}); the earliest when it holds several. A report is due by
 * the end of that day, Beijing time: one submitted later is accepted and marked late.
 */
record DueDates(MonthDay nationalSme, MonthDay advancedManufacturing, MonthDay provincial) {

  /** Days are Beijing days. */
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  /** The due date of {@code cluster}'s report for {@code year}. */
  LocalDate dueOn(Cluster cluster, int year) {
    LocalDate yearEnd = LocalDate.of(year, 12, 31);
    List<MonthDay> dates = new ArrayList<>();
    if (cluster.holds(DesignationKind.NATIONAL_SME_CHARACTERISTIC, yearEnd)) {
      dates.add(nationalSme);
    }
    if (cluster.holds(DesignationKind.PROVINCIAL_ADVANCED_MANUFACTURING, yearEnd)
        || cluster.holds(DesignationKind.NATIONAL_ADVANCED_MANUFACTURING, yearEnd)) {
      dates.add(advancedManufacturing);
    }
    if (dates.isEmpty()) {
      dates.add(provincial);
    }
    return dates.stream().min(Comparator.naturalOrder()).orElseThrow().atYear(year + 1);
  }

  /** Whether a report due on {@code dueOn} and submitted at {@code at} is late. */
  static boolean late(LocalDate dueOn, Instant at) {
    return !at.isBefore(dueOn.plusDays(1).atStartOfDay(ZONE).toInstant());
  }
}

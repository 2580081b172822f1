package org.clusteratlas.period;

import java.time.Instant;
import org.clusteratlas.shared.Actor;
import org.clusteratlas.shared.ReportingPeriod;

/**
 * The acceptance (验收) of a period for a region, which locks the data of the region and every region
 * in it.
 *
 * @param regionCode 360000 for the whole province, a city or a county
 * @param acceptedBy the name of who accepted
 * @param acceptedByRole the role they accepted in
 */
public record PeriodLock(
    ReportingPeriod period,
    String regionCode,
    Instant acceptedAt,
    String acceptedBy,
    Actor.Role acceptedByRole) {

  /** Whether this lock holds the data of {@code regionCode}: its own region or one inside it. */
  public boolean covers(String regionCode) {
    return this.regionCode.equals(Actor.PROVINCE)
        || this.regionCode.equals(cityOf(regionCode))
        || this.regionCode.equals(regionCode);
  }

  /** The city of a region: the code's first four digits + 00 (the city itself for a city). */
  static String cityOf(String regionCode) {
    return regionCode.substring(0, 4) + "00";
  }
}

package org.clusteratlas.period;

import java.util.List;
import java.util.Locale;
import org.clusteratlas.shared.ReportingPeriod;

/**
 * Problems that must be cleared before a period is accepted, contributed by other modules: e.g. the
 * import module's open quasi-hard edit-check findings (准强制性审核问题). Every Spring bean implementing
 * this is asked before each acceptance; any open problem refuses it ({@code period.blocked}).
 */
public interface AcceptanceBlockers {

  /**
   * The open problems of {@code period} in {@code regionCode} and the regions inside it (every
   * region for 360000), one short description each in {@code locale} (e.g. "91360100… 营业收入：本年
   * 累计小于上月累计"); empty when nothing blocks.
   */
  List<String> openBlockers(ReportingPeriod period, String regionCode, Locale locale);
}

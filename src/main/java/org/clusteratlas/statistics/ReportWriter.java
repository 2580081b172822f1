package org.clusteratlas.statistics;

import java.math.BigDecimal;
import java.util.OptionalLong;
import org.clusteratlas.shared.ReportingPeriod;

/**
 * Writes one data version's reports inside the caller's transaction: new reports stream in with
 * PostgreSQL's COPY, changed ones are kept until {@link #finish()} and then replace their stored
 * value, each leaving the value it replaced as a revision. If the transaction rolls back, nothing
 * of the version remains. Enterprise and indicator ids are the register's and the catalogue's.
 */
public interface ReportWriter {

  /** The version this writer writes. */
  long version();

  /** A report with no stored value yet for its enterprise, period and indicator. */
  void insert(
      int enterpriseId,
      ReportingPeriod period,
      short indicatorId,
      BigDecimal value,
      BigDecimal samePeriodLastYear,
      boolean late);

  /**
   * A report replacing a stored one that was written by {@code oldVersion} with the old values
   * given; {@code explanation} is the reporter's note for this row, or null.
   */
  void revise(
      int enterpriseId,
      ReportingPeriod period,
      short indicatorId,
      StoredReport old,
      BigDecimal value,
      BigDecimal samePeriodLastYear,
      boolean late,
      String explanation);

  /**
   * Ends the inserts' current COPY, so that the transaction's connection can answer queries (e.g.
   * the stored reports of another period); the next insert starts a new COPY.
   */
  void pause();

  /** The number of reports inserted and revised so far. */
  long inserted();

  long revised();

  /**
   * Ends the writing: applies the revisions and returns the version, or empty if nothing was
   * written, in which case the version is not kept.
   */
  OptionalLong finish();
}

package org.clusteratlas.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.clusteratlas.shared.ReportingPeriod;
import org.clusteratlas.storage.BulkCopy;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link ReportWriter} on the transaction's connection. Inserts skip the per-row foreign-key
 * triggers where the database allows (as the bulk load does: checking a million rows one by one
 * costs several times the COPY itself) and the references are checked once for the whole set before
 * the version ends. Revisions wait in memory (about 200 bytes each) until {@link #finish()}, when
 * they are written in one COPY and one set-based update.
 */
final class JdbcReportWriter implements ReportWriter {

  private final JdbcClient jdbc;
  private final BulkCopy copy;
  private final long version;
  private final List<Revision> revisions = new ArrayList<>();
  private BulkCopy.Writer inserts;
  private final java.util.BitSet insertedEnterprises = new java.util.BitSet();
  private boolean triggersSkipped;
  private long inserted;
  private boolean finished;

  JdbcReportWriter(JdbcClient jdbc, BulkCopy copy, long version) {
    this.jdbc = jdbc;
    this.copy = copy;
    this.version = version;
  }

  @Override
  public long version() {
    return version;
  }

  @Override
  public void insert(
      int enterpriseId,
      ReportingPeriod period,
      short indicatorId,
      BigDecimal value,
      BigDecimal samePeriodLastYear,
      boolean late) {
    checkOpen();
    if (inserts == null) {
      if (inserted == 0) {
        triggersSkipped = copy.skipRowTriggersInTransaction();
      }
      inserts =
          copy.open(
              "report (year, month, indicator_id, enterprise_id, value, same_period_last_year,"
                  + " version, late)");
    }
    inserts.row(
        period.year(),
        period.month(),
        indicatorId,
        enterpriseId,
        value,
        samePeriodLastYear,
        version,
        late ? "t" : "f");
    insertedEnterprises.set(enterpriseId);
    inserted++;
  }

  @Override
  public void revise(
      int enterpriseId,
      ReportingPeriod period,
      short indicatorId,
      StoredReport old,
      BigDecimal value,
      BigDecimal samePeriodLastYear,
      boolean late,
      String explanation) {
    checkOpen();
    if (old.version() >= version) {
      throw new IllegalStateException("a report is revised once per version: " + old);
    }
    revisions.add(
        new Revision(
            enterpriseId, period, indicatorId, old, value, samePeriodLastYear, late, explanation));
  }

  @Override
  public void pause() {
    if (inserts != null) {
      inserts.close();
      inserts = null;
    }
  }

  @Override
  public long inserted() {
    return inserted;
  }

  @Override
  public long revised() {
    return revisions.size();
  }

  @Override
  public OptionalLong finish() {
    checkOpen();
    pause();
    finished = true;
    if (triggersSkipped) {
      copy.restoreRowTriggers();
      checkReferences();
    }
    if (!revisions.isEmpty()) {
      try (BulkCopy.Writer w =
          copy.open(
              "report_revision (data_version, year, month, indicator_id, enterprise_id,"
                  + " old_version, old_value, old_same_period, new_value, new_same_period, late,"
                  + " explanation)")) {
        for (Revision r : revisions) {
          w.row(
              version,
              r.period.year(),
              r.period.month(),
              r.indicatorId,
              r.enterpriseId,
              r.old.version(),
              r.old.value(),
              r.old.samePeriodLastYear(),
              r.value,
              r.samePeriodLastYear,
              r.late ? "t" : "f",
              r.explanation);
        }
      }
      int updated =
          jdbc.sql(
                  "update report r set value = v.new_value, same_period_last_year ="
                      + " v.new_same_period, version = v.data_version, late = v.late from"
                      + " report_revision v where v.data_version = :version and r.year = v.year"
                      + " and r.month = v.month and r.indicator_id = v.indicator_id and"
                      + " r.enterprise_id = v.enterprise_id and r.version = v.old_version")
              .param("version", version)
              .update();
      if (updated != revisions.size()) {
        // another writer changed a report between our read and this write
        throw new IllegalStateException(
            "revised " + updated + " of " + revisions.size() + " reports: they changed meanwhile");
      }
    }
    if (inserted == 0 && revisions.isEmpty()) {
      jdbc.sql("delete from data_version where id = ?").param(version).update();
      return OptionalLong.empty();
    }
    return OptionalLong.of(version);
  }

  /**
   * What the skipped foreign-key triggers would have checked row by row, checked once for the set:
   * every enterprise inserted for exists, and stays so until the transaction ends (the triggers'
   * own lock). Indicator ids come from the catalogue, which has no delete path.
   */
  private void checkReferences() {
    Integer[] ids = insertedEnterprises.stream().boxed().toArray(Integer[]::new);
    long found =
        jdbc.sql(
                "select count(*) from (select id from enterprise where id = any(?) for key share) e")
            .param(ids)
            .query(Long.class)
            .single();
    if (found != ids.length) {
      throw new IllegalStateException(
          (ids.length - found) + " enterprises of version " + version + " are not registered");
    }
  }

  private void checkOpen() {
    if (finished) {
      throw new IllegalStateException("version " + version + " is finished");
    }
  }

  private record Revision(
      int enterpriseId,
      ReportingPeriod period,
      short indicatorId,
      StoredReport old,
      BigDecimal value,
      BigDecimal samePeriodLastYear,
      boolean late,
      String explanation) {}
}

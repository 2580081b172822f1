package org.clusteratlas.collection;

import java.time.Instant;
import java.util.List;

/**
 * The outcome of an import, as the clerk gets it: status, counts that add up, and every problem
 * with where and why (at most {@link #PROBLEMS_LISTED} listed; {@code problemsTotal} counts all).
 * {@code dataVersion} is the data version an applied file became; {@code notices} say what the
 * reader left unread on purpose (macros, links to other files) or read instead (another sheet).
 */
public record ImportReport(
    long id,
    String file,
    String format,
    String encoding,
    ImportStatus status,
    ImportCounts counts,
    long problemsTotal,
    List<Problem> problems,
    Long dataVersion,
    String ruleCatalogue,
    Instant startedAt,
    Instant finishedAt,
    List<String> notices) {

  /**
   * Problems kept per import: enough for any clerk, bounded for a file that is wrong throughout.
   */
  public static final int PROBLEMS_LISTED = 10_000;
}

package org.clusteratlas.evaluation;

/**
 * Stars from two consecutive years' grades (DOMAIN.md §5): ★★★★★ for 优秀 two years running, ★★★★ for
 * one 优秀 and one 良好 (in either order), ★★★ for 良好 two years running, none otherwise — and none when
 * last year's grade is unknown (the cluster was not evaluated, or the year not at all).
 */
public final class Stars {

  private Stars() {}

  /** 5, 4, 3 or 0. */
  public static int of(Grade thisYear, Grade lastYear) {
    if (thisYear == null || lastYear == null) {
      return 0;
    }
    if (thisYear == Grade.EXCELLENT && lastYear == Grade.EXCELLENT) {
      return 5;
    }
    if ((thisYear == Grade.EXCELLENT && lastYear == Grade.GOOD)
        || (thisYear == Grade.GOOD && lastYear == Grade.EXCELLENT)) {
      return 4;
    }
    if (thisYear == Grade.GOOD && lastYear == Grade.GOOD) {
      return 3;
    }
    return 0;
  }

  /** The stars as shown, e.g. ★★★★ for 4; empty for none. */
  public static String symbols(int stars) {
    return "★".repeat(stars);
  }
}

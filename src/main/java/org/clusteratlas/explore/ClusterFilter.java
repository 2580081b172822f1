package org.clusteratlas.explore;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.clusteratlas.shared.RuleViolation;

/**
 * The directory's search, filters, order and page, the same for the page {@code /clusters} and for
 * {@code GET /api/v1/clusters}. Every field is optional; an unknown value is refused with the rule
 * that names it, never ignored.
 *
 * @param q part of the name, case-insensitive
 * @param city a city's GB/T 2260 code: clusters with a host in that city
 * @param chain an industrial chain's code
 * @param designation a designation kind's code, held on the year's last day
 * @param tier a revenue tier's code: clusters in that tier or above (counts are cumulative, as
 *     published); clusters whose figures are hidden from the reader never match a tier
 * @param year the year; null for the newest the reader may see
 * @param sort a column: {@value #SORTS}
 * @param dir {@code asc} or {@code desc}
 * @param page from 1
 * @param size 1 to {@value #MAX_SIZE}
 */
public record ClusterFilter(
    String q,
    String city,
    String chain,
    String designation,
    String tier,
    Integer year,
    String sort,
    String dir,
    int page,
    int size) {

  public static final int MAX_SIZE = 200;
  public static final int DEFAULT_SIZE = 20;
  static final String SORTS =
      "id, name, revenue, revenue_growth, profit, profit_growth, enterprises";
  private static final Set<String> SORT_KEYS =
      Set.of("id", "name", "revenue", "revenue_growth", "profit", "profit_growth", "enterprises");
  private static final Set<String> TIERS = Set.of("over_100bn", "over_50bn", "over_10bn", "below");
  private static final Set<String> DESIGNATIONS =
      Set.of(
          "municipal",
          "provincial",
          "provincial_advanced_manufacturing",
          "national_advanced_manufacturing",
          "national_sme_characteristic");

  public ClusterFilter {
    q = blankToNull(q);
    city = blankToNull(city);
    chain = blankToNull(chain);
    designation = blankToNull(designation);
    tier = blankToNull(tier);
    sort = blankToNull(sort) == null ? "revenue" : sort.strip().toLowerCase(Locale.ROOT);
    dir = blankToNull(dir) == null ? defaultDirection(sort) : dir.strip().toLowerCase(Locale.ROOT);
    if (!SORT_KEYS.contains(sort)) {
      throw new RuleViolation("explore.sort", sort, SORTS);
    }
    if (!dir.equals("asc") && !dir.equals("desc")) {
      throw new RuleViolation("explore.direction", dir);
    }
    if (city != null && !city.matches("36\\d{2}00")) {
      throw new RuleViolation("explore.city", city);
    }
    if (tier != null && !TIERS.contains(tier)) {
      throw new RuleViolation("explore.tier", tier, String.join(", ", TIERS));
    }
    if (designation != null && !DESIGNATIONS.contains(designation)) {
      throw new RuleViolation("explore.designation", designation);
    }
    if (page < 1) {
      throw new RuleViolation("explore.page", page);
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new RuleViolation("explore.page-size", size, MAX_SIZE);
    }
  }

  /** The directory's first page with no filter: the largest clusters first. */
  public static ClusterFilter firstPage() {
    return new ClusterFilter(null, null, null, null, null, null, null, null, 1, DEFAULT_SIZE);
  }

  private static String defaultDirection(String sort) {
    return sort.equals("id") || sort.equals("name") ? "asc" : "desc";
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** The same filter for another year (the newest visible one, when the year was not given). */
  public ClusterFilter withYear(int y) {
    return new ClusterFilter(q, city, chain, designation, tier, y, sort, dir, page, size);
  }

  /** Whether {@code row} passes every filter. */
  public boolean matches(ClusterRow row) {
    if (q != null && !row.name().toLowerCase(Locale.ROOT).contains(q.toLowerCase(Locale.ROOT))) {
      return false;
    }
    if (city != null && !row.cityCodes().contains(city)) {
      return false;
    }
    if (chain != null && !chain.equals(row.chain())) {
      return false;
    }
    if (designation != null && !row.holds(designation)) {
      return false;
    }
    return tier == null || (row.tier() != null && atLeast(row.tier(), tier));
  }

  private static boolean atLeast(String rowTier, String wanted) {
    List<String> order = List.of("over_100bn", "over_50bn", "over_10bn", "below");
    return wanted.equals("below")
        ? rowTier.equals("below")
        : order.indexOf(rowTier) <= order.indexOf(wanted);
  }

  /** The order asked for; rows without the sorted figure go last either way, then by id. */
  public Comparator<ClusterRow> order() {
    Comparator<ClusterRow> byId = Comparator.comparingLong(ClusterRow::id);
    Comparator<ClusterRow> chosen =
        switch (sort) {
          case "name" ->
              Comparator.comparing(ClusterRow::name, java.text.Collator.getInstance(Locale.CHINA));
          case "id" -> byId;
          default -> null;
        };
    if (chosen != null) {
      return (dir.equals("desc") ? chosen.reversed() : chosen).thenComparing(byId);
    }
    java.util.function.Function<ClusterRow, Comparable<?>> key =
        switch (sort) {
          case "revenue" -> ClusterRow::revenueYi;
          case "revenue_growth" -> ClusterRow::revenueGrowthPct;
          case "profit" -> ClusterRow::profitYi;
          case "profit_growth" -> ClusterRow::profitGrowthPct;
          default -> ClusterRow::enterprises;
        };
    @SuppressWarnings({"unchecked", "rawtypes"})
    Comparator<Comparable> natural =
        dir.equals("desc")
            ? Comparator.<Comparable>reverseOrder()
            : Comparator.<Comparable>naturalOrder();
    @SuppressWarnings({"unchecked", "rawtypes"})
    Comparator<ClusterRow> byKey =
        Comparator.comparing(r -> (Comparable) key.apply(r), Comparator.nullsLast(natural));
    return byKey.thenComparing(byId);
  }
}

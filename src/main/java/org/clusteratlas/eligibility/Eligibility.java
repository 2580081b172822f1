package org.clusteratlas.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.clusteratlas.cluster.Cluster;
import org.clusteratlas.cluster.ClusterHost;
import org.clusteratlas.cluster.ClusterId;
import org.clusteratlas.cluster.ClusterRegister;
import org.clusteratlas.region.RegionDirectory;
import org.clusteratlas.shared.AccessRefusedException;
import org.clusteratlas.shared.ReportingPeriod;
import org.clusteratlas.shared.RuleViolation;
import org.clusteratlas.shared.Scope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which clusters could apply for the next rung of each ladder, and what each still lacks: every
 * criterion of the year's criteria checked against the records, for the clusters the reader's scope
 * covers — the province and viewers every cluster, a city or county officer the clusters hosted
 * wholly within its region, a cluster organisation its own. The figures are unpublished: the public
 * is refused.
 */
@Service
public class Eligibility {

  private final ClusterRegister clusters;
  private final RegionDirectory regions;
  private final FactsReader facts;
  private final CriteriaCatalogue criteria;

  Eligibility(
      ClusterRegister clusters,
      RegionDirectory regions,
      FactsReader facts,
      CriteriaCatalogue criteria) {
    this.clusters = clusters;
    this.regions = regions;
    this.facts = facts;
    this.criteria = criteria;
  }

  /**
   * The board of {@code year}: per ladder, each cluster in scope that holds the rung below on 31
   * December and not yet the ladder's designation, with its verdicts; those that could apply first,
   * then those lacking fewest criteria. Refused for the public ({@link AccessRefusedException}) and
   * for a year without an above-designated-size frame ({@code eligibility-year.unknown}).
   */
  @Transactional(readOnly = true)
  public Board board(int year, Scope scope) {
    requireSignedIn(scope, "eligibility/" + year);
    List<Integer> years = requireYear(year);
    Criteria c = criteria.forYear(year);
    List<Cluster> visible = clusters.all().stream().filter(cl -> covers(cl, scope)).toList();
    LocalDate end = ReportingPeriod.annual(year).endDate();
    List<Cluster> candidates =
        visible.stream()
            .filter(
                cl ->
                    java.util.Arrays.stream(Ladder.values()).anyMatch(l -> isCandidate(cl, l, end)))
            .toList();
    Map<ClusterId, ClusterFacts> read = facts.read(year, candidates, outputYears(c), years);
    List<Board.LadderBoard> ladders = new ArrayList<>();
    for (Ladder ladder : Ladder.values()) {
      Criteria.LadderCriteria lc = c.of(ladder);
      List<Candidate> checked = new ArrayList<>();
      for (Cluster cl : candidates) {
        if (isCandidate(cl, ladder, end)) {
          checked.add(check(cl, lc, read.get(cl.id())));
        }
      }
      checked.sort(
          Comparator.comparing((Candidate k) -> !k.couldApply())
              .thenComparingInt(k -> k.lacking().size())
              .thenComparingLong(Candidate::clusterId));
      ladders.add(
          new Board.LadderBoard(ladder, lc.source(), lc.reconstructed(), lc.ruleIds(), checked));
    }
    return new Board(year, c.version(), ladders);
  }

  /**
   * One cluster against every ladder in {@code year}, whether or not it is a candidate. Refused for
   * an unknown cluster ({@code cluster.unknown}), one outside the reader's scope ({@link
   * AccessRefusedException}), the public, and a year without a frame.
   */
  @Transactional(readOnly = true)
  public ClusterEligibility cluster(int year, ClusterId id, Scope scope) {
    String what = "eligibility/" + year + "/clusters/" + id;
    requireSignedIn(scope, what);
    Cluster cluster = clusters.find(id).orElseThrow(() -> new RuleViolation("cluster.unknown", id));
    if (!covers(cluster, scope)) {
      throw new AccessRefusedException(scope, what);
    }
    List<Integer> years = requireYear(year);
    Criteria c = criteria.forYear(year);
    ClusterFacts f = facts.read(year, List.of(cluster), outputYears(c), years).get(id);
    LocalDate end = ReportingPeriod.annual(year).endDate();
    List<ClusterEligibility.LadderCheck> checks = new ArrayList<>();
    for (Ladder ladder : Ladder.values()) {
      Criteria.LadderCriteria lc = c.of(ladder);
      boolean holds = cluster.holds(ladder.target(), end);
      Candidate check = check(cluster, lc, f);
      if (holds) {
        // holding it already, the cluster has nothing to apply for
        check = new Candidate(check.clusterId(), check.name(), check.verdicts(), false, List.of());
      }
      checks.add(
          new ClusterEligibility.LadderCheck(
              ladder, lc.source(), lc.reconstructed(), lc.ruleIds(), holds, check));
    }
    return new ClusterEligibility(year, id.value(), cluster.name(), c.version(), checks);
  }

  /**
   * The clusters of the whole province that could apply for each ladder in {@code year}, for the
   * platform's own processes (such as the dynamic-management proposals after an evaluation run),
   * which act for the province. Refused for a year without a frame.
   */
  @Transactional(readOnly = true)
  public Map<Ladder, List<ClusterId>> eligible(int year) {
    Board board = board(year, Scope.province("eligibility"));
    Map<Ladder, List<ClusterId>> eligible = new EnumMap<>(Ladder.class);
    for (Board.LadderBoard lb : board.ladders()) {
      eligible.put(
          lb.ladder(),
          lb.candidates().stream()
              .filter(Candidate::couldApply)
              .map(k -> new ClusterId(k.clusterId()))
              .toList());
    }
    return eligible;
  }

  /** The years the board can be shown for: those with an above-designated-size frame. */
  public List<Integer> years() {
    return facts.years();
  }

  private static Candidate check(Cluster cluster, Criteria.LadderCriteria lc, ClusterFacts f) {
    List<RuleResult> verdicts = lc.rules().stream().map(r -> r.check(f)).toList();
    return Candidate.of(cluster.id().value(), cluster.name(), verdicts);
  }

  private static boolean isCandidate(Cluster cluster, Ladder ladder, LocalDate end) {
    return cluster.holds(ladder.rungBelow(), end) && !cluster.holds(ladder.target(), end);
  }

  /**
   * The most years any output criterion of {@code c} looks back over (at least the year itself).
   */
  private static int outputYears(Criteria c) {
    return c.ladders().values().stream()
        .flatMap(l -> l.rules().stream())
        .filter(OutputEachYear.class::isInstance)
        .mapToInt(r -> ((OutputEachYear) r).years())
        .max()
        .orElse(1);
  }

  /** The years with a frame, refused unless {@code year} is one of them. */
  private List<Integer> requireYear(int year) {
    List<Integer> years = facts.years();
    if (!years.contains(year)) {
      throw new RuleViolation(
          "eligibility-year.unknown",
          year,
          years.isEmpty() ? "-" : years.get(0),
          years.isEmpty() ? "-" : years.get(years.size() - 1));
    }
    return years;
  }

  private static void requireSignedIn(Scope scope, String what) {
    if (!scope.signedIn()) {
      throw new AccessRefusedException(scope, what);
    }
  }

  /**
   * Whether the scope sees the cluster's unpublished figures: the province and viewers every
   * cluster's; an officer those hosted wholly within the region (a zone by its parent region); an
   * organisation its own.
   */
  private boolean covers(Cluster cluster, Scope scope) {
    return switch (scope.kind()) {
      case PROVINCE, VIEWER -> true;
      case REGION -> cluster.hosts().stream().map(this::hostRegion).allMatch(scope::coversRegion);
      case CLUSTER -> scope.clusterId() == cluster.id().value();
      case PUBLIC -> false;
    };
  }

  private String hostRegion(ClusterHost host) {
    if (!host.isZone()) {
      return host.region().value();
    }
    return regions.zone(host.zone()).map(z -> z.parent().value()).orElse(null);
  }
}

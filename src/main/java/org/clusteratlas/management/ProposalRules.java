package org.clusteratlas.management;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clusteratlas.cluster.ClusterId;

/**
 * The rules of dynamic management (DOMAIN.md §5: a cluster graded 不合格 is warned and, if it does not
 * improve, demoted or removed), one per {@link ProposalKind}, each a pure function of a cluster's
 * {@link Standing}:
 *
 * <ul>
 *   <li>the failing action ({@code revoke}, or {@code demote} as configured): graded 不合格 in {@code
 *       revoke-after} consecutive evaluated years, or warned for an earlier year's evaluation and
 *       still 不合格;
 *   <li>{@code warn}: graded 不合格, not warned, and the failing action not proposed (it is the
 *       stronger one);
 *   <li>{@code lift_warning}: warned, and graded 合格 or better in a year not before the warning's;
 *   <li>{@code tier_crossed}: the revenue tier differs from last year's, up or down;
 *   <li>{@code became_eligible}: could apply for a ladder's next rung this year and not last year
 *       ({@link #becameEligible}, proposed after the run's commit: the eligibility board reads
 *       every member's records, about half a second a year at province scale).
 * </ul>
 */
final class ProposalRules {

  /** A proposal a rule makes for one cluster. */
  record Proposed(ClusterId cluster, ProposalKind kind, Grounds grounds) {}

  /** One rule: the kind it proposes and, for a cluster's standing, its grounds if it applies. */
  interface Rule {
    ProposalKind kind();

    Optional<Grounds> grounds(Standing s);
  }

  private final List<Rule> rules;

  ProposalRules(ManagementProperties settings) {
    Rule failing = failing(settings.failingKind(), settings.revokeAfter());
    List<Rule> all = new ArrayList<>();
    all.add(failing);
    all.add(warn(failing));
    all.add(liftWarning());
    if (settings.tierFlags()) {
      all.add(tierCrossed());
    }
    this.rules = List.copyOf(all);
  }

  /** Every proposal the rules make for the clusters of one run, cluster by cluster. */
  List<Proposed> propose(List<Standing> standings) {
    List<Proposed> proposed = new ArrayList<>();
    for (Standing s : standings) {
      for (Rule rule : rules) {
        rule.grounds(s).ifPresent(g -> proposed.add(new Proposed(s.cluster(), rule.kind(), g)));
      }
    }
    return proposed;
  }

  private static Rule rule(
      ProposalKind kind, java.util.function.Function<Standing, Optional<Grounds>> test) {
    return new Rule() {
      @Override
      public ProposalKind kind() {
        return kind;
      }

      @Override
      public Optional<Grounds> grounds(Standing s) {
        return test.apply(s);
      }
    };
  }

  static Rule failing(ProposalKind kind, int revokeAfter) {
    return rule(
        kind,
        s -> {
          if (!s.failed()) {
            return Optional.empty();
          }
          if (s.warned() && s.warnedFor() < s.year()) {
            return Optional.of(
                Grounds.of(
                    "management.grounds.failed-after-warning",
                    s.warnedFor(),
                    s.year(),
                    s.total().toPlainString()));
          }
          List<Integer> years = s.consecutiveFailures();
          if (years.size() >= revokeAfter) {
            return Optional.of(
                Grounds.of(
                    "management.grounds.failed-repeatedly",
                    years.size(),
                    years.get(0),
                    s.year(),
                    s.total().toPlainString()));
          }
          return Optional.empty();
        });
  }

  static Rule warn(Rule failing) {
    return rule(
        ProposalKind.WARN,
        s ->
            s.failed() && !s.warned() && failing.grounds(s).isEmpty()
                ? Optional.of(
                    Grounds.of("management.grounds.failed", s.year(), s.total().toPlainString()))
                : Optional.empty());
  }

  static Rule liftWarning() {
    return rule(
        ProposalKind.LIFT_WARNING,
        s ->
            s.warned() && !s.failed() && s.year() >= s.warnedFor()
                ? Optional.of(
                    Grounds.of(
                        "management.grounds.improved",
                        s.warnedFor(),
                        s.year(),
                        "grade:" + s.grade().code(),
                        s.total().toPlainString()))
                : Optional.empty());
  }

  static Rule tierCrossed() {
    return rule(
        ProposalKind.TIER_CROSSED,
        s -> {
          if (s.tier() == null || s.lastTier() == null || s.tier() == s.lastTier()) {
            return Optional.empty();
          }
          // RevenueTier lists the highest tier first
          boolean up = s.tier().isAtLeast(s.lastTier());
          return Optional.of(
              Grounds.of(
                  "management.grounds.tier-crossed",
                  "direction:" + (up ? "up" : "down"),
                  s.year() - 1,
                  "tier:" + s.lastTier().code(),
                  s.year(),
                  "tier:" + s.tier().code()));
        });
  }

  /**
   * {@code became_eligible}: the ladders (codes, e.g. {@code national_sme_characteristic}) a
   * cluster could apply for in {@code year} and could not in the year before; none when there are
   * none. A year before without records counts as eligible for nothing.
   */
  static Optional<Grounds> becameEligible(int year, Set<String> now, Set<String> before) {
    List<String> ladders = now.stream().filter(l -> !before.contains(l)).sorted().toList();
    if (ladders.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        Grounds.of(
            "management.grounds.became-eligible",
            year,
            String.join("、", ladders.stream().map(l -> "ladder:" + l).toList())));
  }
}

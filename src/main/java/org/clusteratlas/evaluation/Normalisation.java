package org.clusteratlas.evaluation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * How a leaf's raw value becomes a score from 0 to 100, given the raw values of the year's cohort
 * (every evaluated cluster with a value, the one scored included). Scores are computed to 16
 * significant digits and rounded half up to two decimals. A missing raw value is not normalised: it
 * scores the leaf's {@code missing} score.
 *
 * <ul>
 *   <li>{@link Efficacy} (功效系数法): 60 + 40 × (x − low) / (high − low), or 60 + 40 × (high − x) /
 *       (high − low) when lower is better, capped to [60, 100]; low and high fixed in the scheme or
 *       the cohort's minimum and maximum.
 *   <li>{@link MinMax}: 100 × (x − min) / (max − min) within the cohort (mirrored when lower is
 *       better), 0 to 100.
 *   <li>{@link Thresholds}: the score of the first step whose bound x reaches (x ≥ bound when
 *       higher is better, x ≤ bound when lower is), else {@code otherwise}.
 *   <li>{@link Rank}: 100 × (n − r) / (n − 1) for rank r of n within the cohort (1 the best; equal
 *       values share the better rank); 100 for a cohort of one.
 * </ul>
 *
 * When the cohort's values are all equal (high = low), efficacy and min–max give every value 100.
 */
public sealed interface Normalisation
    permits Normalisation.Efficacy,
        Normalisation.MinMax,
        Normalisation.Thresholds,
        Normalisation.Rank {

  BigDecimal HUNDRED = BigDecimal.valueOf(100);
  BigDecimal SIXTY = BigDecimal.valueOf(60);
  BigDecimal FORTY = BigDecimal.valueOf(40);
  MathContext PRECISION = MathContext.DECIMAL64;

  /**
   * The method's name in a scheme: {@code efficacy}, {@code minmax}, {@code thresholds}, {@code
   * rank}.
   */
  String method();

  /**
   * The score of {@code x} (not null) among {@code cohort}, the non-missing raw values of the
   * year's cohort.
   */
  Normalised score(BigDecimal x, Direction direction, List<BigDecimal> cohort);

  /**
   * A normalised score and what it rested on: the bounds used (efficacy, min–max) or the rank and
   * the cohort's size (rank); the others null.
   */
  record Normalised(BigDecimal score, BigDecimal low, BigDecimal high, Integer rank, Integer of) {

    static Normalised bounded(BigDecimal score, BigDecimal low, BigDecimal high) {
      return new Normalised(round(score), low, high, null, null);
    }
  }

  /** Two decimals, half up. */
  static BigDecimal round(BigDecimal score) {
    return score.setScale(2, RoundingMode.HALF_UP);
  }

  /** (x − low) / (high − low), or (high − x) / (high − low) when lower is better. */
  private static BigDecimal position(
      BigDecimal x, BigDecimal low, BigDecimal high, Direction direction) {
    BigDecimal span = high.subtract(low);
    BigDecimal distance = direction == Direction.HIGHER ? x.subtract(low) : high.subtract(x);
    return distance.divide(span, PRECISION);
  }

  private static BigDecimal clamp(BigDecimal value, BigDecimal min, BigDecimal max) {
    return value.max(min).min(max);
  }

  /**
   * 功效系数法 with bounds {@code low} and {@code high}, each fixed or, when null, the cohort's minimum
   * (low) or maximum (high).
   */
  record Efficacy(BigDecimal low, BigDecimal high) implements Normalisation {

    public Efficacy {
      if (low != null && high != null && low.compareTo(high) >= 0) {
        throw new IllegalArgumentException("low must be below high");
      }
    }

    @Override
    public String method() {
      return "efficacy";
    }

    @Override
    public Normalised score(BigDecimal x, Direction direction, List<BigDecimal> cohort) {
      BigDecimal lo = low != null ? low : min(cohort, x);
      BigDecimal hi = high != null ? high : max(cohort, x);
      if (hi.compareTo(lo) <= 0) {
        return Normalised.bounded(HUNDRED, lo, hi);
      }
      BigDecimal score = SIXTY.add(FORTY.multiply(position(x, lo, hi, direction)));
      return Normalised.bounded(clamp(score, SIXTY, HUNDRED), lo, hi);
    }
  }

  /** Min–max within the cohort, 0 to 100. */
  record MinMax() implements Normalisation {

    @Override
    public String method() {
      return "minmax";
    }

    @Override
    public Normalised score(BigDecimal x, Direction direction, List<BigDecimal> cohort) {
      BigDecimal lo = min(cohort, x);
      BigDecimal hi = max(cohort, x);
      if (hi.compareTo(lo) <= 0) {
        return Normalised.bounded(HUNDRED, lo, hi);
      }
      BigDecimal score = HUNDRED.multiply(position(x, lo, hi, direction));
      return Normalised.bounded(clamp(score, BigDecimal.ZERO, HUNDRED), lo, hi);
    }
  }

  /**
   * Steps from the best down: each a bound and the score of reaching it; {@code otherwise} for a
   * value that reaches none.
   */
  record Thresholds(List<Step> steps, BigDecimal otherwise) implements Normalisation {

    /** Reaching {@code bound} scores {@code score}. */
    public record Step(BigDecimal bound, BigDecimal score) {
      public Step {
        Objects.requireNonNull(bound, "bound");
        Objects.requireNonNull(score, "score");
      }
    }

    public Thresholds {
      steps = List.copyOf(steps);
      Objects.requireNonNull(otherwise, "otherwise");
    }

    @Override
    public String method() {
      return "thresholds";
    }

    @Override
    public Normalised score(BigDecimal x, Direction direction, List<BigDecimal> cohort) {
      for (Step step : steps) {
        int c = x.compareTo(step.bound());
        if (direction == Direction.HIGHER ? c >= 0 : c <= 0) {
          return new Normalised(round(step.score()), step.bound(), null, null, null);
        }
      }
      return new Normalised(round(otherwise), null, null, null, null);
    }
  }

  /** The rank within the cohort, 0 (last) to 100 (first). */
  record Rank() implements Normalisation {

    @Override
    public String method() {
      return "rank";
    }

    @Override
    public Normalised score(BigDecimal x, Direction direction, List<BigDecimal> cohort) {
      int n = Math.max(cohort.size(), 1);
      int better = 0;
      for (BigDecimal other : cohort) {
        int c = other.compareTo(x);
        if (direction == Direction.HIGHER ? c > 0 : c < 0) {
          better++;
        }
      }
      int rank = better + 1;
      BigDecimal score =
          n == 1
              ? HUNDRED
              : HUNDRED
                  .multiply(BigDecimal.valueOf(n - rank))
                  .divide(BigDecimal.valueOf(n - 1), PRECISION);
      return new Normalised(round(clamp(score, BigDecimal.ZERO, HUNDRED)), null, null, rank, n);
    }
  }

  private static BigDecimal min(List<BigDecimal> cohort, BigDecimal x) {
    return cohort.stream().reduce(x, BigDecimal::min);
  }

  private static BigDecimal max(List<BigDecimal> cohort, BigDecimal x) {
    return cohort.stream().reduce(x, BigDecimal::max);
  }
}

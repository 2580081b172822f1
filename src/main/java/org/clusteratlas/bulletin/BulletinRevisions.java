package org.clusteratlas.bulletin;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A published bulletin figure by figure against the same bulletin computed from the current data.
 *
 * @param publishedVersion the data version recorded with the publication
 * @param currentVersion the data version the revised figures were computed from
 * @param figures every figure, in publishing order
 * @param text the comparison in words, in the request's language
 */
public record BulletinRevisions(
    int year,
    LocalDate publishedOn,
    long publishedVersion,
    long currentVersion,
    List<FigureRevision> figures,
    String text) {

  public BulletinRevisions {
    figures = List.copyOf(figures);
  }

  /** The keys of the figures that changed, in publishing order. */
  public List<String> changed() {
    return figures.stream().filter(FigureRevision::changed).map(FigureRevision::key).toList();
  }

  /**
   * One figure as published and as revised.
   *
   * @param difference revised minus published exact value, in {@code unit}; null when either is
   *     undefined (a growth over a non-positive base)
   * @param changed whether the exact value or the clusters named with it differ
   * @param publishedValueChanged whether the value as rounded for publication differs
   */
  public record FigureRevision(
      String key,
      String unit,
      Figure published,
      Figure revised,
      BigDecimal difference,
      boolean changed,
      boolean publishedValueChanged) {

    static FigureRevision of(String key, Figure published, Figure revised) {
      BigDecimal difference =
          published.exact() == null || revised.exact() == null
              ? null
              : revised.exact().subtract(published.exact());
      return new FigureRevision(
          key,
          published.unit(),
          published,
          revised,
          difference,
          !same(published.exact(), revised.exact()) || !published.named().equals(revised.named()),
          !same(published.value(), revised.value()));
    }

    /** Equal numbers whatever their scale; undefined equals only undefined. */
    private static boolean same(BigDecimal a, BigDecimal b) {
      return a == null || b == null ? Objects.equals(a, b) : a.compareTo(b) == 0;
    }
  }
}

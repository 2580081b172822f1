package org.clusteratlas.bulletin;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;

/**
 * One published figure: {@code value} rounded as published, {@code exact} unrounded, both in {@code
 * unit}; {@code named} lists the clusters the text names with it, if any.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Figure(BigDecimal value, String unit, BigDecimal exact, List<String> named) {

  public Figure {
    named = named == null ? List.of() : List.copyOf(named);
  }

  static Figure count(long count, List<String> named) {
    BigDecimal n = BigDecimal.valueOf(count);
    return new Figure(n, "clusters", n, named);
  }
}

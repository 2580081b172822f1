package org.clusteratlas.industry;

import java.util.List;
import java.util.Optional;

/** The GB/T 4754 divisions and the province's industrial chains. */
public interface IndustryCatalogue {

  Optional<Division> division(IndustryCode code);

  Optional<Chain> chain(String code);

  /** The 12 key chains and 6 advanced-manufacturing areas, in file order. */
  List<Chain> chains();

  /** A GB/T 4754-2017 division with its names and section (B, C or D). */
  record Division(IndustryCode code, String nameZh, String nameEn, String section) {}

  /**
   * A key industrial chain ({@code key_chain}) or an advanced manufacturing area ({@code
   * advanced_area}).
   */
  record Chain(String code, String nameZh, String nameEn, String kind) {}
}

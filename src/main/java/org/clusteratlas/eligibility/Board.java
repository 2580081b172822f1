package org.clusteratlas.eligibility;

import java.util.List;

/**
 * The eligibility board of a year: per ladder, the clusters the reader may see that hold the rung
 * below and not yet the ladder's designation, each with its verdicts, those that could apply first.
 *
 * @param criteriaVersion the version of the criteria applied ({@code eligibility/criteria-*.json})
 */
public record Board(int year, String criteriaVersion, List<LadderBoard> ladders) {

  public Board {
    ladders = List.copyOf(ladders);
  }

  /**
   * One ladder's part of the board.
   *
   * @param source the document the criteria come from
   * @param reconstructed whether the criteria are this project's reconstruction, not official
   * @param rules the criteria's ids, in order: the board's columns
   */
  public record LadderBoard(
      Ladder ladder,
      String source,
      boolean reconstructed,
      List<String> rules,
      List<Candidate> candidates) {

    public LadderBoard {
      rules = List.copyOf(rules);
      candidates = List.copyOf(candidates);
    }

    public long couldApply() {
      return candidates.stream().filter(Candidate::couldApply).count();
    }
  }
}

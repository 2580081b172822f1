package org.clusteratlas.spreadsheet;

import java.util.BitSet;
import java.util.List;

/**
 * One data row of a sheet.
 *
 * @param number the row number Excel shows (the header is row 1 when it is the first row)
 * @param cells the cells' text, a gap or missing cell as ""
 * @param formulas the columns whose cell holds a formula; its text is the value Excel saved with
 *     it, never a value computed here
 */
public record SheetRow(int number, List<String> cells, BitSet formulas) {

  private static final BitSet NONE = new BitSet(0);

  public SheetRow {
    cells = List.copyOf(cells);
    formulas = formulas == null || formulas.isEmpty() ? NONE : (BitSet) formulas.clone();
  }

  public SheetRow(int number, List<String> cells) {
    this(number, cells, NONE);
  }

  /** The text of column {@code i} (from 0), "" if the row has no such cell. */
  public String cell(int i) {
    return i >= 0 && i < cells.size() ? cells.get(i) : "";
  }

  /** Whether column {@code i} holds a formula. */
  public boolean isFormula(int i) {
    return i >= 0 && formulas.get(i);
  }

  /** A copy: the row itself stays unchanged. */
  @Override
  public BitSet formulas() {
    return (BitSet) formulas.clone();
  }
}

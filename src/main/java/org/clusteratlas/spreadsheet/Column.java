package org.clusteratlas.spreadsheet;

/**
 * A column of a table to write: its name in the header row and the kind that decides how a value is
 * written.
 */
public record Column(String name, Kind kind) {

  public enum Kind {
    /**
     * Text and codes: kept as text (format {@code @} in a workbook), neutralised against formulas.
     */
    TEXT,
    /** Whole numbers and BigDecimal amounts: written as numbers, exactly, never altered. */
    NUMBER
  }

  public Column {
    if (name == null || kind == null) {
      throw new IllegalArgumentException("a column needs a name and a kind");
    }
  }

  public static Column text(String name) {
    return new Column(name, Kind.TEXT);
  }

  public static Column number(String name) {
    return new Column(name, Kind.NUMBER);
  }
}

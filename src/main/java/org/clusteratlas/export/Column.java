package org.clusteratlas.export;

/**
 * A column of an export: its name in the header row and the type that decides how a value is
 * written (see {@link CsvExportWriter}).
 */
record Column(String name, Type type) {

  enum Type {
    /** Free text and codes; neutralised against spreadsheet formulas. */
    TEXT,
    /** Whole numbers and BigDecimal amounts, written as plain decimals and never altered. */
    NUMBER,
    /** ISO dates, yyyy-MM-dd. */
    DATE,
    /** {@code true} or {@code false}. */
    BOOLEAN
  }

  static Column text(String name) {
    return new Column(name, Type.TEXT);
  }

  static Column number(String name) {
    return new Column(name, Type.NUMBER);
  }

  static Column date(String name) {
    return new Column(name, Type.DATE);
  }

  static Column bool(String name) {
    return new Column(name, Type.BOOLEAN);
  }
}

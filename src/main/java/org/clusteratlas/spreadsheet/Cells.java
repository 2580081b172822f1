package org.clusteratlas.spreadsheet;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/** What the writers share: neutralising text and checking number values. */
final class Cells {

  private static final String FORMULA_STARTS = "=+-@\t\r";

  private Cells() {}

  /** The text with a leading apostrophe if a spreadsheet would run it as a formula. */
  static String neutralised(String text) {
    return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
  }

  static String text(Object value) {
    return value == null ? "" : neutralised(value.toString());
  }

  /** The value of a number cell, null for an empty one. */
  static BigDecimal number(Column column, Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof BigDecimal decimal) {
      return decimal;
    }
    if (value instanceof BigInteger integer) {
      return new BigDecimal(integer);
    }
    if (value instanceof Long || value instanceof Integer || value instanceof Short) {
      return BigDecimal.valueOf(((Number) value).longValue());
    }
    // floating point would write 1.0E7 and lose cents; a string would not be a number
    throw new IllegalArgumentException(
        "column " + column.name() + " takes BigDecimal or whole numbers, not " + value.getClass());
  }

  static void checkRow(List<Column> columns, Object[] values) {
    if (columns == null) {
      throw new IllegalStateException("no sheet started: call sheet(name, columns) first");
    }
    if (values.length != columns.size()) {
      throw new IllegalArgumentException(
          values.length + " values for " + columns.size() + " columns " + columns);
    }
  }
}

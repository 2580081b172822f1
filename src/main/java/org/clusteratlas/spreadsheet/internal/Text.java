package org.clusteratlas.spreadsheet.internal;

import java.util.ArrayList;
import java.util.List;

/** Blank tests and stripping shared by the readers and the number parser. */
public final class Text {

  /**
   * The most characters one row may hold. Excel's cells hold at most 32,767; a longer CSV record is
   * nearly always a quote that was never closed, which would otherwise swallow the file.
   */
  public static final int MAX_ROW_CHARS = 1 << 20;

  private Text() {}

  /** Blank as a person sees it: whitespace, no-break and ideographic spaces, a byte-order mark. */
  public static boolean isBlank(char c) {
    return c <= ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
  }

  public static boolean isBlank(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!isBlank(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  public static boolean allBlank(List<String> cells) {
    for (String cell : cells) {
      if (!isBlank(cell)) {
        return false;
      }
    }
    return true;
  }

  public static boolean allBlank(String[] cells) {
    for (String cell : cells) {
      if (!isBlank(cell)) {
        return false;
      }
    }
    return true;
  }

  /** {@code s} without blanks at either end. */
  public static String strip(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isBlank(s.charAt(start))) {
      start++;
    }
    while (end > start && isBlank(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  /** A header row: every cell stripped. */
  public static List<String> header(List<String> cells) {
    List<String> header = new ArrayList<>(cells.size());
    for (String cell : cells) {
      header.add(strip(cell));
    }
    return List.copyOf(header);
  }
}

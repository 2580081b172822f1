package org.clusteratlas.collection.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clusteratlas.statistics.IndicatorDefinition;

/**
 * The two layouts a file may have, recognised from its header row:
 *
 * <ul>
 *   <li>{@code template}: the download template, one row per enterprise and period, Chinese
 *       headers: 统一社会信用代码, 企业名称, 年份, 月份, then for each indicator of the catalogue “名称（单位）” and
 *       “名称上年同期（单位）”, and 情况说明;
 *   <li>{@code reports}: the {@code reports} export, one row per enterprise, period and indicator:
 *       credit_code, year, month, indicator, value, same_period_last_year, unit, and optionally
 *       explanation.
 * </ul>
 *
 * Headers match after removing spaces and treating full-width and ASCII brackets alike. A column
 * the layout does not know is refused rather than ignored: its data would silently be lost.
 */
final class Layout {

  static final String TEMPLATE = "template";
  static final String REPORTS = "reports";

  /** The template's data sheet, which an import reads when a workbook has one. */
  static final String DATA_SHEET = "数据";

  static final String CODE = "统一社会信用代码";
  static final String NAME = "企业名称";
  static final String YEAR = "年份";
  static final String MONTH = "月份";
  static final String EXPLANATION = "情况说明";
  static final List<String> REPORTS_COLUMNS =
      List.of(
          "credit_code",
          "year",
          "month",
          "indicator",
          "value",
          "same_period_last_year",
          "unit",
          "explanation");
  static final List<String> REPORTS_REQUIRED =
      List.of("credit_code", "year", "month", "indicator", "value", "same_period_last_year");

  final String kind;
  final List<String> header;
  private final Map<String, Integer> index;

  /** Template: the value and same-period columns of each catalogue indicator present, by id. */
  final Map<Short, int[]> indicatorColumns;

  private Layout(
      String kind, List<String> header, Map<String, Integer> index, Map<Short, int[]> columns) {
    this.kind = kind;
    this.header = header;
    this.index = index;
    this.indicatorColumns = columns;
  }

  /** The template's headers for the catalogue, in order. */
  static List<String> templateHeader(List<IndicatorDefinition> catalogue) {
    List<String> h = new ArrayList<>(List.of(CODE, NAME, YEAR, MONTH));
    for (IndicatorDefinition d : catalogue) {
      h.add(valueHeader(d));
      h.add(sameHeader(d));
    }
    h.add(EXPLANATION);
    return h;
  }

  static String valueHeader(IndicatorDefinition d) {
    return d.nameZh() + "（" + d.unit() + "）";
  }

  static String sameHeader(IndicatorDefinition d) {
    return d.nameZh() + "上年同期（" + d.unit() + "）";
  }

  static String normalise(String header) {
    StringBuilder b = new StringBuilder(header.length());
    header
        .codePoints()
        .forEach(
            c -> {
              if (Character.isWhitespace(c) || c == 0x3000 || c == 0xFEFF || c == 0xA0) {
                return;
              }
              b.appendCodePoint(c == '(' ? '（' : c == ')' ? '）' : Character.toLowerCase(c));
            });
    return b.toString();
  }

  /** A fault of the header: the rule and the column's header as written. */
  record HeaderProblem(String rule, String column) {}

  /** The layout found, or null and the problems that stop it. */
  record Recognised(Layout layout, List<HeaderProblem> problems) {}

  /**
   * Recognises the header, or returns the problems that stop it: an unknown layout, a missing,
   * unknown or repeated column.
   */
  static Recognised recognise(List<String> header, List<IndicatorDefinition> catalogue) {
    List<String> normalised = header.stream().map(Layout::normalise).toList();
    List<HeaderProblem> problems = new ArrayList<>();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < normalised.size(); i++) {
      String h = normalised.get(i);
      if (h.isEmpty()) {
        continue;
      }
      if (index.putIfAbsent(h, i) != null) {
        problems.add(new HeaderProblem("header.duplicate-column", header.get(i)));
      }
    }
    if (index.containsKey(normalise(CODE))) {
      Map<String, Short> known = new HashMap<>();
      Map<Short, int[]> columns = new HashMap<>();
      for (String h : List.of(CODE, NAME, YEAR, MONTH, EXPLANATION)) {
        known.put(normalise(h), (short) 0);
      }
      for (IndicatorDefinition d : catalogue) {
        known.put(normalise(valueHeader(d)), d.id());
        known.put(normalise(sameHeader(d)), d.id());
        Integer v = index.get(normalise(valueHeader(d)));
        Integer s = index.get(normalise(sameHeader(d)));
        if (v != null || s != null) {
          columns.put(d.id(), new int[] {v == null ? -1 : v, s == null ? -1 : s});
        }
      }
      for (String required : List.of(CODE, YEAR, MONTH, valueHeader(catalogue.get(0)))) {
        if (!index.containsKey(normalise(required))) {
          problems.add(new HeaderProblem("header.missing-column", required));
        }
      }
      unknown(header, normalised, known.keySet(), problems);
      return new Recognised(
          problems.isEmpty() ? new Layout(TEMPLATE, header, index, columns) : null, problems);
    }
    if (index.containsKey("credit_code") && index.containsKey("indicator")) {
      for (String required : REPORTS_REQUIRED) {
        if (!index.containsKey(required)) {
          problems.add(new HeaderProblem("header.missing-column", required));
        }
      }
      unknown(header, normalised, REPORTS_COLUMNS, problems);
      return new Recognised(
          problems.isEmpty() ? new Layout(REPORTS, header, index, Map.of()) : null, problems);
    }
    problems.add(new HeaderProblem("header.unknown-layout", String.join(",", header)));
    return new Recognised(null, problems);
  }

  private static void unknown(
      List<String> header,
      List<String> normalised,
      java.util.Collection<String> known,
      List<HeaderProblem> problems) {
    for (int i = 0; i < normalised.size(); i++) {
      if (!normalised.get(i).isEmpty() && !known.contains(normalised.get(i))) {
        problems.add(new HeaderProblem("header.unknown-column", header.get(i)));
      }
    }
  }

  private final Map<String, Integer> byName = new HashMap<>();

  /** The column's index, or -1 if the file has none; asked for every row, so remembered. */
  int column(String name) {
    return byName.computeIfAbsent(
        name,
        n -> {
          Integer i = index.get(normalise(n));
          return i == null ? -1 : i;
        });
  }

  String headerOf(int column) {
    return column >= 0 && column < header.size() ? header.get(column) : "";
  }
}

package org.clusteratlas.collection;

import java.util.List;
import java.util.Locale;

/**
 * Whether a written explanation of a verify finding says something. A boilerplate such as “核实无误” or
 * “数据属实” confirms nothing: once the stock phrases, spaces and punctuation are taken out, at least
 * {@value #MIN_SUBSTANCE} letters (汉字 or Latin; digits do not count) must remain (a reason:
 * “主要客户订单减少，收入下降”). Used for every explanation the platform asks for: an import's verify findings,
 * a cleared finding, the annual self-report's findings.
 */
public final class ExplanationQuality {

  public static final int MIN_SUBSTANCE = 6;

  /** Stock phrases, longest first so that a longer one is removed before its parts. */
  private static final List<String> BOILERPLATE =
      List.of(
          "经核实数据无误",
          "经核实无误",
          "经核实",
          "核实无误",
          "数据无误",
          "确认无误",
          "情况属实",
          "数据属实",
          "数据准确",
          "数据正常",
          "数据正确",
          "已核实",
          "已确认",
          "无误",
          "属实",
          "正常",
          "准确",
          "正确",
          "没问题",
          "无问题",
          "同上",
          "见上",
          "确认",
          "核实",
          "数据",
          "情况",
          "checked",
          "verified",
          "confirmed",
          "correct",
          "noproblem",
          "asabove",
          "data",
          "ok",
          "yes",
          "na",
          "无");

  private ExplanationQuality() {}

  public static boolean isBlank(String explanation) {
    return explanation == null || explanation.isBlank();
  }

  /** Whether the explanation is more than a boilerplate. */
  public static boolean acceptable(String explanation) {
    if (isBlank(explanation)) {
      return false;
    }
    StringBuilder b = new StringBuilder();
    explanation
        .toLowerCase(Locale.ROOT)
        .codePoints()
        .filter(Character::isLetter)
        .forEach(b::appendCodePoint);
    String rest = b.toString();
    for (String phrase : BOILERPLATE) {
      rest = rest.replace(phrase, "");
    }
    return rest.codePointCount(0, rest.length()) >= MIN_SUBSTANCE;
  }
}

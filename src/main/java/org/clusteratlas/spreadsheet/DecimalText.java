package org.clusteratlas.spreadsheet;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.clusteratlas.shared.RuleViolation;
import org.clusteratlas.spreadsheet.internal.Text;

/**
 * Reads a decimal number as a person wrote it in a cell, exactly, or says why not.
 *
 * <p>Accepted: blanks around it (also the ideographic space U+3000 and no-break spaces); a sign
 * {@code +} or {@code -} (also full-width {@code ＋ －} and the minus sign U+2212); ASCII or
 * full-width digits; a decimal point {@code .} or {@code ．}; thousands separators {@code ,} or
 * {@code ，} in groups of three ({@code 1,234,567.89}). Never rounded: more decimals than allowed
 * (other than trailing zeros) are refused.
 *
 * <p>Refused, each by its own rule, because each could be misread: an exponent ({@code
 * number.exponent}: {@code 9.13601E+17} is what Excel makes of an 18-digit code, its digits lost);
 * separators that could mean something else ({@code number.ambiguous}: {@code 1.234,5}, {@code
 * 1,23}); a dash alone ({@code number.dash}: statistical tables write "—" for "nothing", which is
 * neither blank nor zero); anything else that is not a plain number ({@code number.not-a-number}:
 * {@code NaN}, {@code ¥100}, {@code 5%}, {@code (100)}, {@code #DIV/0!}); too many decimals ({@code
 * number.scale}) or integer digits ({@code number.too-long}).
 */
public final class DecimalText {

  public static final String EXPONENT = "number.exponent";
  public static final String AMBIGUOUS = "number.ambiguous";
  public static final String NOT_A_NUMBER = "number.not-a-number";
  public static final String DASH = "number.dash";
  public static final String SCALE = "number.scale";
  public static final String TOO_LONG = "number.too-long";

  /** Characters that, alone, stand for "nothing" in a statistical table. */
  private static final String DASHES = "-－−—–―‐‑‒─";

  /**
   * What a cell held: blank (no value, no rule), a value, or a refusal (a rule, no value).
   *
   * @param raw the text as given
   * @param value the number at the scale asked for; null when blank or refused
   * @param rule the rule that refused the text; null when blank or a value
   * @param limit the limit the rule applies: the scale for {@code number.scale}, the integer digits
   *     for {@code number.too-long}, else 0
   */
  public record Parsed(String raw, BigDecimal value, String rule, int limit) {

    public boolean isBlank() {
      return value == null && rule == null;
    }

    public boolean isRefused() {
      return rule != null;
    }

    /** The refusal as a rule violation, the raw text as the rejected value. */
    public RuleViolation violation() {
      if (rule == null) {
        throw new IllegalStateException("not refused: " + raw);
      }
      return SCALE.equals(rule) || TOO_LONG.equals(rule)
          ? new RuleViolation(rule, raw, limit)
          : new RuleViolation(rule, raw);
    }

    /** The value, null when blank; throws the refusal. */
    public BigDecimal orThrow() {
      if (rule != null) {
        throw violation();
      }
      return value;
    }
  }

  private DecimalText() {}

  /**
   * Parses {@code raw}.
   *
   * @param scale the most decimals allowed; the value is returned at this scale
   * @param maxIntegerDigits the most digits before the point, leading zeros not counted
   */
  public static Parsed parse(String raw, int scale, int maxIntegerDigits) {
    if (scale < 0 || maxIntegerDigits < 1) {
      throw new IllegalArgumentException("scale " + scale + ", integer digits " + maxIntegerDigits);
    }
    if (raw == null) {
      return new Parsed(null, null, null, 0);
    }
    int start = 0;
    int end = raw.length();
    while (start < end && Text.isBlank(raw.charAt(start))) {
      start++;
    }
    while (end > start && Text.isBlank(raw.charAt(end - 1))) {
      end--;
    }
    if (start == end) {
      return new Parsed(raw, null, null, 0);
    }
    if (onlyDashes(raw, start, end)) {
      return refused(raw, DASH, 0);
    }
    char[] s = new char[end - start];
    for (int i = start; i < end; i++) {
      s[i - start] = ascii(raw.charAt(i));
    }
    int n = s.length;
    int body = s[0] == '+' || s[0] == '-' ? 1 : 0;
    boolean negative = s[0] == '-';

    int digits = 0;
    int dots = 0;
    int firstDot = -1;
    int commas = 0;
    int lastComma = -1;
    int exponent = -1;
    boolean other = false;
    for (int i = body; i < n; i++) {
      char c = s[i];
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (c == '.') {
        dots++;
        firstDot = firstDot < 0 ? i : firstDot;
      } else if (c == ',') {
        commas++;
        lastComma = i;
      } else if ((c == 'e' || c == 'E') && exponent < 0) {
        exponent = i;
      } else if ((c == '+' || c == '-') && exponent >= 0 && i == exponent + 1) {
        continue; // the exponent's own sign
      } else {
        other = true;
      }
    }
    if (exponent >= 0) {
      return !other && isExponent(s, body, exponent)
          ? refused(raw, EXPONENT, 0)
          : refused(raw, NOT_A_NUMBER, 0);
    }
    if (other || digits == 0) {
      return refused(raw, NOT_A_NUMBER, 0);
    }
    if (dots > 1) {
      return refused(raw, AMBIGUOUS, 0); // 1.234.567 groups with points, as in German
    }
    int integerEnd = firstDot >= 0 ? firstDot : n;
    if (commas > 0 && (lastComma > integerEnd || !groupedByThree(s, body, integerEnd))) {
      return refused(raw, AMBIGUOUS, 0);
    }

    StringBuilder plain = new StringBuilder(n);
    int integerDigits = 0;
    for (int i = body; i < integerEnd; i++) {
      char c = s[i];
      if (c != ',' && (integerDigits > 0 || c != '0')) {
        plain.append(c);
        integerDigits++;
      }
    }
    if (integerDigits > maxIntegerDigits) {
      return refused(raw, TOO_LONG, maxIntegerDigits);
    }
    int fractionEnd = n;
    while (fractionEnd > integerEnd + 1 && s[fractionEnd - 1] == '0') {
      fractionEnd--; // trailing zeros add no precision; dropping them is not rounding
    }
    int decimals = Math.max(0, fractionEnd - integerEnd - 1);
    if (decimals > scale) {
      return refused(raw, SCALE, scale);
    }
    if (integerDigits == 0) {
      plain.append('0');
    }
    if (decimals > 0) {
      plain.append('.').append(s, integerEnd + 1, decimals);
    }
    BigDecimal value = new BigDecimal(plain.toString()).setScale(scale, RoundingMode.UNNECESSARY);
    return new Parsed(raw, negative ? value.negate() : value, null, 0);
  }

  /**
   * Whether {@code raw} is a number in scientific notation as Excel shows one, e.g. {@code
   * 9.13601E+17}, {@code 9.13601e17}, {@code 9.13601E+017}: what Excel makes of a long code typed
   * or pasted as a number.
   */
  public static boolean isExcelExponent(String raw) {
    if (raw == null) {
      return false;
    }
    String s = Text.strip(raw);
    int i = 0;
    int n = s.length();
    if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      i++;
    }
    int mantissa = i;
    while (i < n && isDigit(s.charAt(i))) {
      i++;
    }
    if (i == mantissa) {
      return false;
    }
    if (i < n && s.charAt(i) == '.') {
      i++;
      while (i < n && isDigit(s.charAt(i))) {
        i++;
      }
    }
    if (i >= n || (s.charAt(i) != 'E' && s.charAt(i) != 'e')) {
      return false;
    }
    i++;
    if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      i++;
    }
    int power = i;
    while (i < n && isDigit(s.charAt(i))) {
      i++;
    }
    return i > power && i == n;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static Parsed refused(String raw, String rule, int limit) {
    return new Parsed(raw, null, rule, limit);
  }

  private static boolean onlyDashes(String raw, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = raw.charAt(i);
      if (DASHES.indexOf(c) < 0 && !Text.isBlank(c)) {
        return false;
      }
    }
    return true;
  }

  /** Full-width digits, point, comma and signs, and the minus sign, as their ASCII forms. */
  private static char ascii(char c) {
    if (c >= '０' && c <= '９') {
      return (char) (c - '０' + '0');
    }
    return switch (c) {
      case '．' -> '.';
      case '，' -> ',';
      case '＋' -> '+';
      case '－', '−' -> '-';
      case 'Ｅ' -> 'E';
      case 'ｅ' -> 'e';
      default -> c;
    };
  }

  /** Mantissa of digits, points and commas with a digit; then a sign or none; then digits. */
  private static boolean isExponent(char[] s, int from, int e) {
    boolean digit = false;
    for (int i = from; i < e; i++) {
      if (s[i] == '+' || s[i] == '-') {
        return false;
      }
      digit |= isDigit(s[i]);
    }
    int i = e + 1;
    if (i < s.length && (s[i] == '+' || s[i] == '-')) {
      i++;
    }
    if (i == s.length || !digit) {
      return false;
    }
    for (; i < s.length; i++) {
      if (!isDigit(s[i])) {
        return false;
      }
    }
    return true;
  }

  /** {@code 1,234,567}: a first group of one to three digits not starting with 0, then ,ddd. */
  private static boolean groupedByThree(char[] s, int from, int to) {
    int i = from;
    int first = 0;
    while (i < to && isDigit(s[i])) {
      i++;
      first++;
    }
    // "0,123" and ",5" are decimal commas, not groupings
    if (first == 0 || first > 3 || s[from] == '0') {
      return false;
    }
    while (i < to) {
      if (s[i] != ',' || i + 4 > to) {
        return false;
      }
      for (int k = 1; k <= 3; k++) {
        if (!isDigit(s[i + k])) {
          return false;
        }
      }
      i += 4;
    }
    return true;
  }
}

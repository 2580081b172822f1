package org.clusteratlas.enterprise;

import org.clusteratlas.shared.RuleViolation;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from the 31-symbol alphabet
 * {@code 0-9 A-H J-N P-R T U W-Y} (no I, O, S, V, Z). Character 1 is the registering authority, 2
 * the kind of entity, 3–8 the GB/T 2260 region, 9–17 the organisation code, and 18 a check
 * character: with the symbols' values v₁…v₁₇ and weights wᵢ = 3^(i−1) mod 31, the check value is 31
 * − (Σ vᵢ·wᵢ mod 31), where 31 becomes 0.
 */
public record CreditCode(String value) {

  private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] WEIGHTS = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
  };

  public CreditCode {
    if (value == null) {
      throw new RuleViolation("credit-code.length", "null");
    }
    value = value.strip().toUpperCase(java.util.Locale.ROOT);
    if (value.length() != 18) {
      throw new RuleViolation("credit-code.length", value, value.length());
    }
    for (int i = 0; i < 18; i++) {
      if (ALPHABET.indexOf(value.charAt(i)) < 0) {
        throw new RuleViolation("credit-code.character", value, i + 1, value.charAt(i));
      }
    }
    char expected = checkCharacter(value.substring(0, 17));
    if (value.charAt(17) != expected) {
      throw new RuleViolation("credit-code.check-character", value, expected, value.charAt(17));
    }
  }

  /**
   * Completes a 17-character body with its check character; the body is normalised as a code is
   * (blanks stripped, upper case).
   */
  public static CreditCode withCheckCharacter(String body) {
    String normalised = body == null ? "" : body.strip().toUpperCase(java.util.Locale.ROOT);
    if (normalised.length() != 17) {
      throw new RuleViolation("credit-code.body-length", normalised, normalised.length());
    }
    return new CreditCode(normalised + checkCharacter(normalised));
  }

  static char checkCharacter(String body) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int v = ALPHABET.indexOf(body.charAt(i));
      if (v < 0) {
        throw new RuleViolation("credit-code.character", body, i + 1, body.charAt(i));
      }
      sum += v * WEIGHTS[i];
    }
    int check = 31 - sum % 31;
    return ALPHABET.charAt(check == 31 ? 0 : check);
  }

  @Override
  public String toString() {
    return value;
  }
}

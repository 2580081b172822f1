package org.clusteratlas.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.clusteratlas.shared.RuleViolation;

class CreditCodeProperties {

  /** GB 32100-2015's 31 symbols, in value order. */
  static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  @Property
  void every_17_character_body_over_the_alphabet_completes_to_a_valid_code(
      @ForAll("bodies") String body) {
    CreditCode code = CreditCode.withCheckCharacter(body);
    assertThat(code.value()).hasSize(18).startsWith(body);
    assertThat(new CreditCode(code.value())).isEqualTo(code);
  }

  @Property
  void changing_any_single_character_of_a_valid_code_makes_it_invalid(
      @ForAll("bodies") String body,
      @ForAll @IntRange(min = 0, max = 17) int position,
      @ForAll @IntRange(min = 1, max = 30) int shift) {
    String valid = CreditCode.withCheckCharacter(body).value();
    char original = valid.charAt(position);
    char replacement = ALPHABET.charAt((ALPHABET.indexOf(original) + shift) % ALPHABET.length());
    String changed = valid.substring(0, position) + replacement + valid.substring(position + 1);
    assertThatThrownBy(() -> new CreditCode(changed))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            e -> assertThat(e.rule()).isEqualTo("credit-code.check-character"));
  }

  @Provide
  Arbitrary<String> bodies() {
    return Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofLength(17);
  }
}

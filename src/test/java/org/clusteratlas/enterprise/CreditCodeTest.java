package org.clusteratlas.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.clusteratlas.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * GB 32100-2015 unified social credit codes. The check character of a 17-character body is found
 * with the symbol values 0–9 → 0–9, A–H → 10–17, J–N → 18–22, P–R → 23–25, T U → 26 27, W–Y → 28–30
 * and the weights 3^(i−1) mod 31 = 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28: check = 31 − (Σ
 * vᵢ·wᵢ mod 31), 31 written as 0.
 */
class CreditCodeTest {

  /**
   * The standard's worked example 91350100M000100Y4|3. Σ = 9·1 + 1·3 + 3·9 + 5·27 + 0·19 + 1·26 +
   * 0·16 + 0·17 + M(21)·20 + 0·29 + 0·25 + 0·13 + 1·8 + 0·24 + 0·10 + Y(30)·30 + 4·28 = 9 + 3 + 27
   * + 135 + 26 + 420 + 8 + 900 + 112 = 1640; 1640 mod 31 = 28; 31 − 28 = 3.
   */
  static final String STANDARD_EXAMPLE = "91350100M000100Y43";

  /**
   * 华为技术有限公司 (Huawei Technologies Co., Ltd., Shenzhen), 91440300192203821|6. Σ = 9·1 + 1·3 + 4·9 +
   * 4·27 + 0·19 + 3·26 + 0·16 + 0·17 + 1·20 + 9·29 + 2·25 + 2·13 + 0·8 + 3·24 + 8·10 + 2·30 + 1·28
   * = 9 + 3 + 36 + 108 + 78 + 20 + 261 + 50 + 26 + 72 + 80 + 60 + 28 = 831; 831 mod 31 = 25; 31 −
   * 25 = 6.
   */
  static final String HUAWEI = "914403001922038216";

  /**
   * 深圳市腾讯计算机系统有限公司 (Shenzhen Tencent Computer Systems Co., Ltd.), 91440300708461136|T. Σ = 9·1 +
   * 1·3 + 4·9 + 4·27 + 0·19 + 3·26 + 0·16 + 0·17 + 7·20 + 0·29 + 8·25 + 4·13 + 6·8 + 1·24 + 1·10 +
   * 3·30 + 6·28 = 9 + 3 + 36 + 108 + 78 + 140 + 200 + 52 + 48 + 24 + 10 + 90 + 168 = 966; 966 mod
   * 31 = 5; 31 − 5 = 26 = T.
   */
  static final String TENCENT = "91440300708461136T";

  @ParameterizedTest
  @ValueSource(strings = {STANDARD_EXAMPLE, HUAWEI, TENCENT})
  void real_world_codes_pass_their_check(String code) {
    assertThat(new CreditCode(code).value()).isEqualTo(code);
    assertThat(CreditCode.withCheckCharacter(code.substring(0, 17)).value()).isEqualTo(code);
  }

  @Test
  void the_check_characters_of_the_real_world_codes_are_those_worked_out_by_hand() {
    assertThat(CreditCode.checkCharacter("91350100M000100Y4")).isEqualTo('3');
    assertThat(CreditCode.checkCharacter("91440300192203821")).isEqualTo('6');
    assertThat(CreditCode.checkCharacter("91440300708461136")).isEqualTo('T');
  }

  @Test
  void a_check_value_of_31_is_written_as_zero() {
    // Σ = 0 for the all-zero body: 31 − 0 = 31, written 0
    assertThat(CreditCode.withCheckCharacter("00000000000000000").value())
        .isEqualTo("000000000000000000");
    // 1·28 = 28 at the last position: 31 − 28 = 3; 3·28 = 84 ≡ 22: 31 − 22 = 9
    assertThat(CreditCode.checkCharacter("00000000000000001")).isEqualTo('3');
    assertThat(CreditCode.checkCharacter("00000000000000003")).isEqualTo('9');
  }

  @Test
  void computed_codes_of_jiangxi_bodies_pass() {
    CreditCode code = CreditCode.withCheckCharacter("91360100MA35F0000");
    assertThat(new CreditCode(code.value())).isEqualTo(code);
    assertThat(code.value()).hasSize(18).startsWith("91360100MA35F0000");
  }

  @Test
  void a_wrong_check_character_is_refused_naming_code_expected_and_found() {
    String wrong = "91350100M000100Y44";
    assertThatThrownBy(() -> new CreditCode(wrong))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            e -> {
              assertThat(e.rule()).isEqualTo("credit-code.check-character");
              assertThat(e.rejectedValue()).isEqualTo(wrong);
              assertThat(e.message(Locale.SIMPLIFIED_CHINESE))
                  .contains(wrong)
                  .contains("应为“3”")
                  .contains("实为“4”");
              assertThat(e.message(Locale.ENGLISH))
                  .contains(wrong)
                  .contains("should be \"3\"")
                  .contains("found \"4\"");
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "91350100M000100Y4", "91350100M000100Y433", "9135"})
  void a_code_that_is_not_18_characters_long_is_refused(String text) {
    assertThatThrownBy(() -> new CreditCode(text))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            e -> {
              assertThat(e.rule()).isEqualTo("credit-code.length");
              assertThat(e.message(Locale.ENGLISH))
                  .contains("has " + text.length() + " characters");
            });
  }

  @Test
  void a_missing_code_is_refused_as_of_wrong_length() {
    assertThatThrownBy(() -> new CreditCode(null))
        .isInstanceOfSatisfying(
            RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("credit-code.length"));
  }

  @ParameterizedTest
  @ValueSource(chars = {'I', 'O', 'S', 'V', 'Z'})
  void the_letters_i_o_s_v_z_are_refused_wherever_they_stand(char letter) {
    for (int position : new int[] {0, 8, 16, 17}) {
      String text =
          STANDARD_EXAMPLE.substring(0, position)
              + letter
              + STANDARD_EXAMPLE.substring(position + 1);
      assertThatThrownBy(() -> new CreditCode(text))
          .isInstanceOfSatisfying(
              RuleViolation.class,
              e -> {
                assertThat(e.rule()).isEqualTo("credit-code.character");
                assertThat(e.message(Locale.ENGLISH))
                    .contains("position " + (position + 1))
                    .contains("\"" + letter + "\"");
              });
    }
  }

  @Test
  void lower_case_and_surrounding_blanks_are_normalised() {
    assertThat(new CreditCode(" 91440300708461136t ").value()).isEqualTo(TENCENT);
    assertThat(new CreditCode("91350100m000100y43")).isEqualTo(new CreditCode(STANDARD_EXAMPLE));
  }

  @Test
  void a_lower_case_body_is_completed_like_its_upper_case_form() {
    assertThat(CreditCode.withCheckCharacter("91350100m000100y4").value())
        .isEqualTo(STANDARD_EXAMPLE);
  }

  @Test
  void a_body_that_is_not_17_characters_long_is_refused_naming_its_length() {
    assertThatThrownBy(() -> CreditCode.withCheckCharacter("91350100M000100"))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            e -> {
              assertThat(e.rule()).isEqualTo("credit-code.body-length");
              assertThat(e.message(Locale.ENGLISH)).contains("91350100M000100").contains("has 15");
            });
  }
}

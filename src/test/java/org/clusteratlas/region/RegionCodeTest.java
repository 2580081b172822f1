package org.clusteratlas.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.clusteratlas.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegionCodeTest {

  private static final RegionCode NANCHANG = new RegionCode("360100");
  private static final RegionCode NANCHANG_COUNTY = new RegionCode("360121");
  private static final RegionCode ANYI = new RegionCode("360123");
  private static final RegionCode YINGTAN = new RegionCode("360600");
  private static final RegionCode GUIXI = new RegionCode("360681");
  private static final RegionCode ZHEJIANG = new RegionCode("330000");
  private static final RegionCode HANGZHOU = new RegionCode("330100");

  @ParameterizedTest
  @ValueSource(strings = {"36010", "3601000", "36010a", "060100", "960100", " 360100", ""})
  void a_code_that_is_not_six_digits_led_by_1_to_8_is_refused(String text) {
    assertThatThrownBy(() -> new RegionCode(text))
        .isInstanceOfSatisfying(
            RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("region-code.format"));
  }

  @Test
  void a_missing_code_is_refused() {
    assertThatThrownBy(() -> new RegionCode(null))
        .isInstanceOfSatisfying(
            RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("region-code.format"));
  }

  @Test
  void the_level_is_read_from_the_trailing_zeros() {
    assertThat(RegionCode.JIANGXI.isProvince()).isTrue();
    assertThat(RegionCode.JIANGXI.isCity()).isFalse();
    assertThat(NANCHANG.isProvince()).isFalse();
    assertThat(NANCHANG.isCity()).isTrue();
    assertThat(GUIXI.isProvince()).isFalse();
    assertThat(GUIXI.isCity()).isFalse();
  }

  @Test
  void every_division_lies_within_its_province() {
    assertThat(RegionCode.JIANGXI.isWithin(RegionCode.JIANGXI)).isTrue();
    assertThat(NANCHANG.isWithin(RegionCode.JIANGXI)).isTrue();
    assertThat(GUIXI.isWithin(RegionCode.JIANGXI)).isTrue();
    assertThat(HANGZHOU.isWithin(RegionCode.JIANGXI)).isFalse();
    assertThat(ZHEJIANG.isWithin(RegionCode.JIANGXI)).isFalse();
    assertThat(GUIXI.province()).isEqualTo(RegionCode.JIANGXI);
    assertThat(HANGZHOU.province()).isEqualTo(ZHEJIANG);
  }

  @Test
  void a_county_lies_within_its_own_city_only() {
    assertThat(NANCHANG_COUNTY.isWithin(NANCHANG)).isTrue();
    assertThat(ANYI.isWithin(NANCHANG)).isTrue();
    assertThat(NANCHANG.isWithin(NANCHANG)).isTrue();
    assertThat(GUIXI.isWithin(NANCHANG)).isFalse();
    assertThat(GUIXI.isWithin(YINGTAN)).isTrue();
    assertThat(RegionCode.JIANGXI.isWithin(NANCHANG)).isFalse();
    assertThat(YINGTAN.isWithin(NANCHANG)).isFalse();
  }

  @Test
  void within_a_county_lies_only_that_county() {
    assertThat(GUIXI.isWithin(GUIXI)).isTrue();
    assertThat(ANYI.isWithin(NANCHANG_COUNTY)).isFalse();
    assertThat(NANCHANG.isWithin(NANCHANG_COUNTY)).isFalse();
    assertThat(RegionCode.JIANGXI.isWithin(NANCHANG_COUNTY)).isFalse();
  }
}

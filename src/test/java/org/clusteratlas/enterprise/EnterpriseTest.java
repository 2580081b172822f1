package org.clusteratlas.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.clusteratlas.industry.IndustryCode;
import org.clusteratlas.region.RegionCode;
import org.clusteratlas.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class EnterpriseTest {

  private static final CreditCode CODE = new CreditCode("914403001922038216");
  private static final RegionCode NANCHANG = new RegionCode("360100");
  private static final IndustryCode ELECTRONICS = new IndustryCode("39");

  @Test
  void an_enterprise_without_a_name_is_refused() {
    assertThatThrownBy(
            () -> new Enterprise(CODE, "  ", NANCHANG, ELECTRONICS, false, false, false, false))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            e -> {
              assertThat(e.rule()).isEqualTo("enterprise.name-missing");
              assertThat(e.rejectedValue()).isEqualTo(CODE.value());
            });
  }

  @Test
  void a_little_giant_must_be_specialised() {
    assertThatThrownBy(
            () -> new Enterprise(CODE, "测试企业", NANCHANG, ELECTRONICS, false, true, false, false))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            e -> assertThat(e.rule()).isEqualTo("enterprise.little-giant-not-specialised"));
    assertThat(
            new Enterprise(CODE, "测试企业", NANCHANG, ELECTRONICS, true, true, false, false)
                .littleGiant())
        .isTrue();
  }
}

package org.clusteratlas.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clusteratlas.eligibility.Facts.dec;

import org.clusteratlas.eligibility.SmeClassification.Size;
import org.junit.jupiter.api.Test;

/** The industry row of 工信部联企业〔2011〕300号: large only with both 1000 employees and 40000 万元. */
class SmeClassificationTest {

  @Test
  void anEnterpriseWithExactly1000EmployeesAnd40000WanIsLarge() {
    assertThat(SmeClassification.of(dec("1000"), dec("40000"))).isEqualTo(Size.LARGE);
  }

  @Test
  void oneFigureBelowItsThresholdMakesAnSme() {
    assertThat(SmeClassification.of(dec("999"), dec("900000"))).isEqualTo(Size.SME);
    assertThat(SmeClassification.of(dec("5000"), dec("39999.99"))).isEqualTo(Size.SME);
  }

  @Test
  void aMissingFigureLeavesTheSizeOpenUnlessTheOtherAlreadyDecides() {
    assertThat(SmeClassification.of(null, dec("39999"))).isEqualTo(Size.SME);
    assertThat(SmeClassification.of(dec("300"), null)).isEqualTo(Size.SME);
    assertThat(SmeClassification.of(null, dec("40000"))).isEqualTo(Size.UNCLASSIFIED);
    assertThat(SmeClassification.of(null, null)).isEqualTo(Size.UNCLASSIFIED);
  }
}

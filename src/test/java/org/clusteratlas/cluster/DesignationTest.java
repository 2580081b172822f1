package org.clusteratlas.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.clusteratlas.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class DesignationTest {

  private static final LocalDate GRANTED = LocalDate.of(2022, 12, 30);

  @Test
  void a_designation_needs_its_grant_document() {
    assertThatThrownBy(() -> Designation.granted(DesignationKind.PROVINCIAL, GRANTED, " "))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            e -> {
              assertThat(e.rule()).isEqualTo("designation.document-missing");
              assertThat(e.rejectedValue()).isEqualTo("provincial");
            });
  }

  @Test
  void a_revocation_needs_a_reason() {
    Designation d = Designation.granted(DesignationKind.PROVINCIAL, GRANTED, "赣工信字〔2022〕5号");
    assertThatThrownBy(() -> d.revoke(GRANTED.plusYears(1), "赣工信字〔2023〕5号", " "))
        .isInstanceOfSatisfying(
            RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("designation.reason-missing"));
  }

  @Test
  void a_designation_cannot_be_revoked_before_it_was_granted() {
    assertThatThrownBy(
            () ->
                new Designation(
                    DesignationKind.MUNICIPAL,
                    GRANTED,
                    "洪工信字〔2022〕1号",
                    GRANTED.minusDays(1),
                    "洪工信字〔2022〕2号",
                    "录入错误"))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            e -> assertThat(e.rule()).isEqualTo("designation.revoked-before-granted"));
  }

  @Test
  void a_revoked_designation_cannot_be_revoked_again() {
    Designation revoked =
        Designation.granted(DesignationKind.PROVINCIAL, GRANTED, "赣工信字〔2022〕5号")
            .revoke(GRANTED.plusYears(1), "赣工信字〔2023〕5号", "不合格");
    assertThat(revoked.isRevoked()).isTrue();
    assertThatThrownBy(() -> revoked.revoke(GRANTED.plusYears(2), "赣工信字〔2024〕5号", "不合格"))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            e -> assertThat(e.rule()).isEqualTo("designation.already-revoked"));
  }

  @Test
  void held_on_includes_the_grant_day_and_excludes_the_revocation_day() {
    Designation d =
        Designation.granted(DesignationKind.PROVINCIAL, GRANTED, "赣工信字〔2022〕5号")
            .revoke(GRANTED.plusDays(10), "赣工信字〔2023〕5号", "合并");
    assertThat(d.heldOn(GRANTED.minusDays(1))).isFalse();
    assertThat(d.heldOn(GRANTED)).isTrue();
    assertThat(d.heldOn(GRANTED.plusDays(9))).isTrue();
    assertThat(d.heldOn(GRANTED.plusDays(10))).isFalse();
  }

  @Test
  void kinds_are_read_from_their_export_codes() {
    for (DesignationKind kind : DesignationKind.values()) {
      assertThat(DesignationKind.ofCode(kind.code())).isEqualTo(kind);
    }
    assertThatThrownBy(() -> DesignationKind.ofCode("national"))
        .isInstanceOfSatisfying(
            RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("designation.kind"));
  }
}

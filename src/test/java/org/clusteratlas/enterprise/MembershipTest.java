package org.clusteratlas.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import org.clusteratlas.cluster.ClusterId;
import org.clusteratlas.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class MembershipTest {

  private static final ClusterId CLUSTER = new ClusterId(7);
  private static final CreditCode ENTERPRISE = new CreditCode("91440300708461136T");
  private static final LocalDate FROM = LocalDate.of(2024, 3, 1);
  private static final LocalDate TO = LocalDate.of(2025, 6, 30);

  @Test
  void a_membership_that_ends_before_it_starts_is_refused_naming_both_dates_and_the_enterprise() {
    assertThatThrownBy(() -> new Membership(CLUSTER, ENTERPRISE, FROM, FROM.minusDays(1)))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            e -> {
              assertThat(e.rule()).isEqualTo("membership.ends-before-start");
              assertThat(e.message(Locale.ENGLISH))
                  .contains("2024-02-29")
                  .contains("2024-03-01")
                  .contains(ENTERPRISE.value());
            });
  }

  @Test
  void a_membership_of_one_day_is_valid_on_that_day_only() {
    Membership oneDay = new Membership(CLUSTER, ENTERPRISE, FROM, FROM);
    assertThat(oneDay.validOn(FROM)).isTrue();
    assertThat(oneDay.validOn(FROM.minusDays(1))).isFalse();
    assertThat(oneDay.validOn(FROM.plusDays(1))).isFalse();
  }

  @Test
  void both_ends_of_a_membership_are_inclusive() {
    Membership m = new Membership(CLUSTER, ENTERPRISE, FROM, TO);
    assertThat(m.validOn(FROM.minusDays(1))).isFalse();
    assertThat(m.validOn(FROM)).isTrue();
    assertThat(m.validOn(LocalDate.of(2024, 12, 31))).isTrue();
    assertThat(m.validOn(TO)).isTrue();
    assertThat(m.validOn(TO.plusDays(1))).isFalse();
  }

  @Test
  void a_lasting_membership_is_valid_from_its_start_on() {
    Membership lasting = new Membership(CLUSTER, ENTERPRISE, FROM, null);
    assertThat(lasting.validOn(FROM.minusDays(1))).isFalse();
    assertThat(lasting.validOn(FROM)).isTrue();
    assertThat(lasting.validOn(LocalDate.of(2099, 12, 31))).isTrue();
  }
}

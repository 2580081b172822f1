package org.clusteratlas.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.clusteratlas.indicator.MemberRecord;

/** The SME share of output: a range within 0–100 that making a firm an SME never lowers. */
class SmeShareProperties {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @Provide
  Arbitrary<MemberRecord> members() {
    Arbitrary<BigDecimal> output =
        Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("5000000")).ofScale(2);
    Arbitrary<BigDecimal> revenue =
        Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("200000")).ofScale(2);
    Arbitrary<BigDecimal> employees =
        Arbitraries.integers().between(1, 5000).map(BigDecimal::valueOf);
    return Combinators.combine(
            output.injectNull(0.1), revenue.injectNull(0.1), employees.injectNull(0.1))
        .as((o, r, e) -> new MemberRecord(1, "35", false, false, false, r, null, o, null, e));
  }

  @Provide
  Arbitrary<List<MemberRecord>> clusters() {
    return members().list().ofMinSize(1).ofMaxSize(30);
  }

  @Property
  void theShareLiesWithin0And100AndItsLowEndNeverAboveItsHighEnd(
      @ForAll("clusters") List<MemberRecord> members) {
    Optional<SmeShare> share = SmeShare.of(members);
    share.ifPresent(
        s -> {
          assertThat(s.low()).isBetween(BigDecimal.ZERO, HUNDRED);
          assertThat(s.high()).isBetween(BigDecimal.ZERO, HUNDRED);
          assertThat(s.low()).isLessThanOrEqualTo(s.high());
        });
    BigDecimal total =
        members.stream()
            .map(MemberRecord::output)
            .filter(o -> o != null)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(share.isPresent()).isEqualTo(total.signum() > 0);
  }

  @Property
  void movingAFirmFromLargeToSmeNeverLowersTheShare(
      @ForAll("clusters") List<MemberRecord> members, @ForAll("index") int pick) {
    int i = pick % members.size();
    MemberRecord large = largeVersion(members.get(i));
    List<MemberRecord> before = new ArrayList<>(members);
    before.set(i, large);
    List<MemberRecord> after = new ArrayList<>(members);
    // the same firm with fewer than 1000 employees: an SME by the standard
    after.set(i, withEmployees(large, BigDecimal.valueOf(999)));
    Optional<SmeShare> was = SmeShare.of(before);
    Optional<SmeShare> now = SmeShare.of(after);
    assertThat(now.isPresent()).isEqualTo(was.isPresent());
    was.ifPresent(
        w -> {
          assertThat(now.get().low()).isGreaterThanOrEqualTo(w.low());
          assertThat(now.get().high()).isGreaterThanOrEqualTo(w.high());
        });
  }

  @Provide
  Arbitrary<Integer> index() {
    return Arbitraries.integers().between(0, 1000);
  }

  private static MemberRecord largeVersion(MemberRecord m) {
    return new MemberRecord(
        m.enterpriseId(),
        m.industry(),
        false,
        false,
        false,
        new BigDecimal("40000"),
        null,
        m.output(),
        null,
        new BigDecimal("1000"));
  }

  private static MemberRecord withEmployees(MemberRecord m, BigDecimal employees) {
    return new MemberRecord(
        m.enterpriseId(),
        m.industry(),
        false,
        false,
        false,
        m.revenue(),
        null,
        m.output(),
        null,
        employees);
  }
}

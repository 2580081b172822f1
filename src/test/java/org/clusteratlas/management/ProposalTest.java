package org.clusteratlas.management;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.clusteratlas.cluster.ClusterId;
import org.clusteratlas.shared.Actor;
import org.clusteratlas.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/** A proposal is decided once, by the province administrator with a reason, or superseded. */
class ProposalTest {

  private static final Actor ADMIN = Actor.provinceAdministrator("admin");
  private static final Actor OFFICER = new Actor("nanchang", Actor.Role.CITY_OFFICER, "360100");
  private static final Instant AT = Instant.parse("2026-04-01T02:00:00Z");

  private static Proposal open() {
    return new Proposal(
        11L,
        2025,
        3L,
        new ClusterId(7),
        "某集群",
        ProposalKind.WARN,
        new Grounds("management.grounds.failed", List.of("2025", "58.40")),
        ProposalState.OPEN,
        AT,
        List.of());
  }

  private static String rule(Runnable r) {
    try {
      r.run();
    } catch (RuleViolation e) {
      return e.rule();
    }
    return null;
  }

  @Test
  void confirmingRecordsWhoWhenWhyAndTheDocument() {
    Proposal p = open();

    Decision d = p.confirm(ADMIN, "  经厅长办公会议审议  ", "赣工信字〔2026〕1号", AT);

    assertThat(p.state()).isEqualTo(ProposalState.CONFIRMED);
    assertThat(d.outcome()).isEqualTo(Decision.Outcome.CONFIRMED);
    assertThat(d.reason()).isEqualTo("经厅长办公会议审议");
    assertThat(d.document()).isEqualTo("赣工信字〔2026〕1号");
    assertThat(p.decisions()).containsExactly(d);
  }

  @Test
  void confirmingOrRejectingWithoutAReasonIsRefusedAndChangesNothing() {
    Proposal p = open();

    assertThat(rule(() -> p.reject(ADMIN, "  ", null, AT))).isEqualTo("management.reason-missing");
    assertThat(rule(() -> p.confirm(ADMIN, null, null, AT))).isEqualTo("management.reason-missing");
    assertThat(p.state()).isEqualTo(ProposalState.OPEN);
    assertThat(p.decisions()).isEmpty();
  }

  @Test
  void onlyTheProvinceAdministratorDecides() {
    Proposal p = open();

    assertThat(rule(() -> p.confirm(OFFICER, "理由", null, AT)))
        .isEqualTo("management.decide-forbidden");
    assertThat(p.state()).isEqualTo(ProposalState.OPEN);
  }

  @Test
  void aDecidedProposalIsNotDecidedAgain() {
    Proposal p = open();
    p.reject(ADMIN, "数据有误，待复核", null, AT);

    assertThatThrownBy(() -> p.confirm(ADMIN, "理由", null, AT))
        .isInstanceOf(RuleViolation.class)
        .hasMessageContaining("rejected");
    assertThat(p.decisions()).hasSize(1);
  }

  @Test
  void aLaterRunSupersedesAnOpenProposalButNotADecidedOne() {
    Proposal open = open();
    Proposal decided = open();
    decided.confirm(ADMIN, "理由", null, AT);

    Decision d = open.supersede(4L, ADMIN, AT);

    assertThat(open.state()).isEqualTo(ProposalState.SUPERSEDED);
    assertThat(d.supersededByRun()).isEqualTo(4L);
    assertThat(d.reason()).isNull();
    assertThat(rule(() -> decided.supersede(4L, ADMIN, AT)))
        .isEqualTo("management.proposal-not-open");
    assertThat(decided.state()).isEqualTo(ProposalState.CONFIRMED);
  }
}

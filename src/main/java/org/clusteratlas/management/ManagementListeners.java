package org.clusteratlas.management;

import org.clusteratlas.cluster.DesignationKind;
import org.clusteratlas.demo.DemoProvinceLoaded;
import org.clusteratlas.evaluation.EvaluationRunCompleted;
import org.clusteratlas.lifecycle.CaseState;
import org.clusteratlas.lifecycle.LifecycleStepTaken;
import org.clusteratlas.shared.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * What the module does when others report: synchronous {@link EventListener}s, so that the
 * proposals of a run are stored in the run's own transaction (a run is never stored without them,
 * and a rolled-back run leaves none), and a step into or out of a warning is seen in the step's
 * transaction. Spring Modulith's event publication registry is not configured, so an
 * {@code @ApplicationModuleListener} would run after the commit without a retry: a failure there
 * would leave a run with no proposals and nobody the wiser. The one exception is the eligibility
 * flags, advisory and costly, made after the commit in a transaction of their own.
 */
@Component
class ManagementListeners {

  private static final Logger log = LoggerFactory.getLogger(ManagementListeners.class);

  private final DynamicManagement management;
  private final ProposalStore store;
  private final MessageSource messages;

  ManagementListeners(DynamicManagement management, ProposalStore store, MessageSource messages) {
    this.management = management;
    this.store = store;
    this.messages = messages;
  }

  @EventListener
  void evaluated(EvaluationRunCompleted run) {
    management.propose(run.year(), run.runId(), run.actor());
  }

  /**
   * After the run's commit: which clusters became eligible for a ladder. Apart from the run because
   * it costs about a second at province scale; a failure leaves the run and its other proposals in
   * place, and is logged.
   */
  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
  void evaluatedAndCommitted(EvaluationRunCompleted run) {
    try {
      int flagged = management.proposeEligibility(run.year(), run.runId());
      log.debug("eligibility flags of run {}: {}", run.runId(), flagged);
    } catch (RuntimeException e) {
      log.warn("申报资格提示未生成 / eligibility flags of run {} not made", run.runId(), e);
    }
  }

  /** Keeps the provincial steps into and out of 黄牌警告, which the rules ask about. */
  @EventListener
  void stepTaken(LifecycleStepTaken step) {
    if (step.kind() == DesignationKind.PROVINCIAL
        && (step.to() == CaseState.WARNED || step.from() == CaseState.WARNED)) {
      store.warningStep(
          step.caseId(),
          step.seq(),
          step.cluster(),
          step.from() == null ? null : step.from().code(),
          step.to().code(),
          step.at());
    }
  }

  /** The demo's provincial clusters enter the lifecycle, so that its warnings can be confirmed. */
  @EventListener
  void demoLoaded(DemoProvinceLoaded loaded) {
    int enrolled =
        management.enrolProvincialHolders(
            Actor.provinceAdministrator("demo"),
            messages.getMessage(
                "management.demo-enrol-reason", null, java.util.Locale.SIMPLIFIED_CHINESE));
    log.info("演示省份的省级集群已纳入动态管理 / demo clusters enrolled in the lifecycle: {}", enrolled);
  }
}

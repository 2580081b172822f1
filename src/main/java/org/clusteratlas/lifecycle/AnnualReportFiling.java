package org.clusteratlas.lifecycle;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.clusteratlas.cluster.ClusterId;
import org.clusteratlas.selfreport.SelfReportSubmitted;
import org.clusteratlas.shared.Scope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A submitted annual self-report is the cluster's annual report (年度报告): the person who submitted it
 * takes {@link Transition#FILE_ANNUAL_REPORT} for last year on each of the cluster's cases that
 * awaits it from them ({@link LifecycleCase#pending}: right state, role and scope, recognised by
 * then, not yet filed), in the submission's transaction. Anything else (a report for an earlier
 * year, a resubmission after a return, a case that awaits nothing) takes no step, so the lifecycle
 * never refuses, and never undoes, a submission.
 */
@Component
class AnnualReportFiling {

  private static final Logger log = LoggerFactory.getLogger(AnnualReportFiling.class);

  private final DesignationLifecycle lifecycle;
  private final MessageSource messages;
  private final Clock clock;

  AnnualReportFiling(DesignationLifecycle lifecycle, MessageSource messages, Clock clock) {
    this.lifecycle = lifecycle;
    this.messages = messages;
    this.clock = clock;
  }

  /** Stored texts are written in Chinese, as the other steps' are. */
  private String text(String key, int year, long version) {
    return messages.getMessage(
        key,
        new Object[] {String.valueOf(year), String.valueOf(version)},
        Locale.SIMPLIFIED_CHINESE);
  }

  @EventListener
  void submitted(SelfReportSubmitted report) {
    LocalDate today = LocalDate.now(clock.withZone(LifecycleCase.ZONE));
    if (report.year() != today.getYear() - 1) {
      return;
    }
    Caller caller = new Caller(report.actor(), report.clusterId());
    ClusterCases cases =
        lifecycle.casesOf(new ClusterId(report.clusterId()), Scope.province("annual-report"));
    for (LifecycleCase c : cases.cases()) {
      if (c.pending(caller, today).contains(Transition.FILE_ANNUAL_REPORT)) {
        lifecycle.take(
            c.id(),
            new StepRequest(
                Transition.FILE_ANNUAL_REPORT,
                text("lifecycle.annual-report.reason", report.year(), report.version()),
                List.of(text("lifecycle.annual-report.document", report.year(), report.version())),
                null,
                null,
                null,
                null,
                null,
                report.year(),
                null,
                null,
                null),
            caller);
        log.debug(
            "annual report {} of cluster {} filed on case {}",
            report.year(),
            report.clusterId(),
            c.id());
      }
    }
  }
}

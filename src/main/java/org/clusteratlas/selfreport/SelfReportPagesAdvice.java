package org.clusteratlas.selfreport;

import org.clusteratlas.web.PageRefusals;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * The self-report pages' refusals as the error page in the reader's language ({@link
 * org.clusteratlas.web.PageRefusals}): an unknown cluster 404, a forbidden step 403, other refused
 * input 400, a report outside the reader's scope 403.
 */
@ControllerAdvice(assignableTypes = SelfReportPages.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class SelfReportPagesAdvice extends PageRefusals {

  SelfReportPagesAdvice(ApplicationEventPublisher events, MessageSource messages) {
    super(events, messages);
  }
}

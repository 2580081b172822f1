package org.clusteratlas.eligibility;

import org.clusteratlas.web.PageRefusals;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * The eligibility pages' refusals as the error page in the reader's language ({@link
 * org.clusteratlas.web.PageRefusals}); the eligibility API answers problem details instead.
 */
@ControllerAdvice(assignableTypes = EligibilityPages.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class EligibilityPagesAdvice extends PageRefusals {

  EligibilityPagesAdvice(ApplicationEventPublisher events, MessageSource messages) {
    super(events, messages);
  }
}

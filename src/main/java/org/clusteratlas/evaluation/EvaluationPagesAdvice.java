package org.clusteratlas.evaluation;

import org.clusteratlas.web.PageRefusals;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * The evaluation pages' refusals as the error page in the reader's language ({@link
 * org.clusteratlas.web.PageRefusals}); the evaluation API answers problem details instead.
 */
@ControllerAdvice(assignableTypes = EvaluationPages.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class EvaluationPagesAdvice extends PageRefusals {

  EvaluationPagesAdvice(ApplicationEventPublisher events, MessageSource messages) {
    super(events, messages);
  }
}

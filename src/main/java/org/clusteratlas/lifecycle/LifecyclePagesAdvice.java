package org.clusteratlas.lifecycle;

import org.clusteratlas.web.PageRefusals;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * The lifecycle pages' refusals as the error page in the reader's language ({@link
 * org.clusteratlas.web.PageRefusals}): an unknown cluster 404, a cluster outside the reader's scope
 * 403, a visitor 401 with a link to sign in.
 */
@ControllerAdvice(assignableTypes = LifecyclePages.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class LifecyclePagesAdvice extends PageRefusals {

  LifecyclePagesAdvice(ApplicationEventPublisher events, MessageSource messages) {
    super(events, messages);
  }
}

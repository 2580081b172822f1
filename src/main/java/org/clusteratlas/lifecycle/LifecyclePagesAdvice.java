package org.clusteratlas.lifecycle;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.clusteratlas.shared.AccessRefusedException;
import org.clusteratlas.shared.RuleViolation;
import org.clusteratlas.web.Pages;
import org.clusteratlas.web.WebConventions;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * The lifecycle pages' refusals as the error page in the reader's language: an unknown cluster 404,
 * a cluster outside the reader's scope 403 (recorded as an {@link
 * org.clusteratlas.shared.AccessRefused} event), a visitor 401 with a link to sign in.
 */
@ControllerAdvice(assignableTypes = LifecyclePages.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class LifecyclePagesAdvice {

  private final ApplicationEventPublisher events;
  private final MessageSource messages;

  LifecyclePagesAdvice(ApplicationEventPublisher events, MessageSource messages) {
    this.events = events;
    this.messages = messages;
  }

  @ExceptionHandler(RuleViolation.class)
  ModelAndView ruleViolation(RuleViolation e, Locale locale, HttpServletRequest request) {
    return Pages.error(
        WebConventions.statusOf(e.rule()), e.message(locale), e.rule(), false, locale, request);
  }

  @ExceptionHandler(AccessRefusedException.class)
  ModelAndView accessRefused(AccessRefusedException e, Locale locale, HttpServletRequest request) {
    events.publishEvent(e.refusal());
    boolean signedIn = e.refusal().scope().signedIn();
    String message =
        messages.getMessage(
            signedIn ? "error.refused.outside-scope" : "error.refused.sign-in", null, locale);
    return Pages.error(
        signedIn ? HttpStatus.FORBIDDEN : HttpStatus.UNAUTHORIZED,
        message,
        null,
        !signedIn,
        locale,
        request);
  }

  @ExceptionHandler(TypeMismatchException.class)
  ModelAndView typeMismatch(TypeMismatchException e, Locale locale, HttpServletRequest request) {
    String message =
        messages.getMessage(
            "error.bad-request", new Object[] {e.getPropertyName() + " = " + e.getValue()}, locale);
    return Pages.error(HttpStatus.BAD_REQUEST, message, null, false, locale, request);
  }
}

package org.clusteratlas.eligibility;

import java.util.Locale;
import org.clusteratlas.shared.AccessRefusedException;
import org.clusteratlas.shared.RuleViolation;
import org.clusteratlas.web.WebConventions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * The eligibility pages' refusals as the platform's error page in the reader's language (the API
 * answers problem details instead): a refused rule with the status {@link WebConventions#statusOf}
 * gives it, a cluster outside the reader's scope 403 (the refusal published for the security module
 * to log).
 */
@ControllerAdvice(assignableTypes = EligibilityPages.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class EligibilityPagesAdvice {

  private final ApplicationEventPublisher events;
  private final MessageSource messages;

  EligibilityPagesAdvice(ApplicationEventPublisher events, MessageSource messages) {
    this.events = events;
    this.messages = messages;
  }

  @ExceptionHandler(RuleViolation.class)
  ModelAndView ruleViolation(RuleViolation e, Locale locale) {
    return page(WebConventions.statusOf(e.rule()), e.message(locale), e.rule(), false);
  }

  @ExceptionHandler(AccessRefusedException.class)
  ModelAndView accessRefused(AccessRefusedException e, Locale locale) {
    events.publishEvent(e.refusal());
    boolean signedIn = e.refusal().scope().signedIn();
    String message =
        messages.getMessage(
            signedIn ? "error.refused.outside-scope" : "error.refused.sign-in", null, locale);
    return page(
        signedIn ? HttpStatus.FORBIDDEN : HttpStatus.UNAUTHORIZED, message, null, !signedIn);
  }

  private static ModelAndView page(HttpStatus status, String message, String rule, boolean signIn) {
    ModelAndView page = new ModelAndView("error-page");
    page.setStatus(status);
    page.addObject("status", status.value());
    page.addObject("message", message);
    page.addObject("rule", rule);
    page.addObject("signIn", signIn);
    return page;
  }
}

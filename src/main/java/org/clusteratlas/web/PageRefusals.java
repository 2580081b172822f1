package org.clusteratlas.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.clusteratlas.shared.AccessRefusedException;
import org.clusteratlas.shared.RuleViolation;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A feature's pages' refusals as the platform's error page in the reader's language, with the
 * statuses of the API ({@link WebConventions#statusOf}): refused input with its rule, a record
 * outside the reader's scope 403 (or 401 with a link to sign in for a visitor; published as {@link
 * org.clusteratlas.shared.AccessRefused} for the security module to record), a malformed address
 * 400. A module's advice extends it, naming its page controllers in
 * {@code @ControllerAdvice(assignableTypes = …)} so that its API keeps answering problem details.
 */
public abstract class PageRefusals {

  private final ApplicationEventPublisher events;
  private final MessageSource messages;

  protected PageRefusals(ApplicationEventPublisher events, MessageSource messages) {
    this.events = events;
    this.messages = messages;
  }

  @ExceptionHandler(RuleViolation.class)
  public ModelAndView ruleViolation(RuleViolation e, Locale locale, HttpServletRequest request) {
    return Pages.error(
        WebConventions.statusOf(e.rule()), e.message(locale), e.rule(), false, locale, request);
  }

  @ExceptionHandler(AccessRefusedException.class)
  public ModelAndView accessRefused(
      AccessRefusedException e, Locale locale, HttpServletRequest request) {
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
  public ModelAndView typeMismatch(
      TypeMismatchException e, Locale locale, HttpServletRequest request) {
    String message =
        messages.getMessage(
            "error.bad-request", new Object[] {e.getPropertyName() + " = " + e.getValue()}, locale);
    return Pages.error(HttpStatus.BAD_REQUEST, message, null, false, locale, request);
  }
}

package org.clusteratlas.explore;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.clusteratlas.shared.AccessRefusedException;
import org.clusteratlas.shared.RuleViolation;
import org.clusteratlas.web.WebConventions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * The pages' refusals as an error page in the reader's language (the API answers problem details
 * instead): refused input 400, an unknown cluster, region or figure 404 and a forbidden step 403
 * (as for the API: {@code WebConventions.statusOf}), records outside the reader's scope 403, or 401
 * with a link to sign in for a visitor who has not. Each refusal of records is published as an
 * {@link org.clusteratlas.shared.AccessRefused} event, which the security module logs.
 */
@ControllerAdvice(assignableTypes = ExplorePages.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ExplorePagesAdvice {

  private static final Logger log = LoggerFactory.getLogger(ExplorePagesAdvice.class);

  private final ApplicationEventPublisher events;
  private final MessageSource messages;

  ExplorePagesAdvice(ApplicationEventPublisher events, MessageSource messages) {
    this.events = events;
    this.messages = messages;
  }

  @ExceptionHandler(RuleViolation.class)
  ModelAndView ruleViolation(RuleViolation e, Locale locale, HttpServletRequest request) {
    HttpStatus status = WebConventions.statusOf(e.rule());
    log.debug("page refused: {}", e.getMessage());
    return page(status, e.message(locale), e.rule(), locale, request);
  }

  @ExceptionHandler(AccessRefusedException.class)
  ModelAndView accessRefused(AccessRefusedException e, Locale locale, HttpServletRequest request) {
    events.publishEvent(e.refusal());
    boolean signedIn = e.refusal().scope().signedIn();
    HttpStatus status = signedIn ? HttpStatus.FORBIDDEN : HttpStatus.UNAUTHORIZED;
    String message =
        messages.getMessage(
            signedIn ? "error.refused.outside-scope" : "error.refused.sign-in", null, locale);
    ModelAndView page = page(status, message, null, locale, request);
    page.addObject("signIn", !signedIn);
    return page;
  }

  @ExceptionHandler(TypeMismatchException.class)
  ModelAndView typeMismatch(TypeMismatchException e, Locale locale, HttpServletRequest request) {
    String message =
        messages.getMessage(
            "error.bad-request", new Object[] {e.getPropertyName() + " = " + e.getValue()}, locale);
    return page(HttpStatus.BAD_REQUEST, message, null, locale, request);
  }

  private static ModelAndView page(
      HttpStatus status, String message, String rule, Locale locale, HttpServletRequest request) {
    ModelAndView page = new ModelAndView("error-page");
    page.setStatus(status);
    page.addObject("status", status.value());
    page.addObject("message", message);
    page.addObject("rule", rule);
    page.addObject("signIn", false);
    page.addObject("fmt", new PageFormat(locale));
    page.addObject("lang", locale.getLanguage());
    page.addObject("langZh", ExplorePages.withLanguage(request, "zh"));
    page.addObject("langEn", ExplorePages.withLanguage(request, "en"));
    return page;
  }
}

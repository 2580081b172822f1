package org.clusteratlas.selfreport;

import jakarta.servlet.http.HttpServletRequest;
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
 * The self-report pages' refusals as the platform's error page in the reader's language: an unknown
 * cluster 404, a forbidden step 403, other refused input 400 ({@link WebConventions#statusOf}), a
 * report outside the reader's scope 403 (published as {@link
 * org.clusteratlas.shared.AccessRefused}, which the security module logs).
 */
@ControllerAdvice(assignableTypes = SelfReportPages.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class SelfReportPagesAdvice {

  private final ApplicationEventPublisher events;
  private final MessageSource messages;

  SelfReportPagesAdvice(ApplicationEventPublisher events, MessageSource messages) {
    this.events = events;
    this.messages = messages;
  }

  @ExceptionHandler(RuleViolation.class)
  ModelAndView ruleViolation(RuleViolation e, Locale locale, HttpServletRequest request) {
    return page(WebConventions.statusOf(e.rule()), e.message(locale), e.rule(), request);
  }

  @ExceptionHandler(AccessRefusedException.class)
  ModelAndView accessRefused(AccessRefusedException e, Locale locale, HttpServletRequest request) {
    events.publishEvent(e.refusal());
    boolean signedIn = e.refusal().scope().signedIn();
    ModelAndView page =
        page(
            signedIn ? HttpStatus.FORBIDDEN : HttpStatus.UNAUTHORIZED,
            messages.getMessage(
                signedIn ? "error.refused.outside-scope" : "error.refused.sign-in", null, locale),
            null,
            request);
    page.addObject("signIn", !signedIn);
    return page;
  }

  private static ModelAndView page(
      HttpStatus status, String message, String rule, HttpServletRequest request) {
    ModelAndView page = new ModelAndView("error-page");
    page.setStatus(status);
    page.addObject("status", status.value());
    page.addObject("message", message);
    page.addObject("rule", rule);
    page.addObject("signIn", false);
    page.addObject("langZh", SelfReportPages.withLanguage(request, "zh"));
    page.addObject("langEn", SelfReportPages.withLanguage(request, "en"));
    return page;
  }
}

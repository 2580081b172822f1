package org.clusteratlas.web;

import java.net.URI;
import org.clusteratlas.shared.AccessRefused;
import org.clusteratlas.shared.AccessRefusedException;
import org.clusteratlas.shared.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Refused input becomes a problem detail naming the rule and the rejected value: 404 for a rule
 * ending in {@code .unknown}, 403 for one ending in {@code .forbidden} or {@code -forbidden}, else
 * 400. A request for records outside the asker's scope is announced as {@link AccessRefused} (the
 * security module records it) and answered 403, or 401 to a visitor who has not signed in.
 */
@RestControllerAdvice
class ProblemDetails extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemDetails.class);
  private static final String REFUSED = "access.refused";

  private final ApplicationEventPublisher events;

  ProblemDetails(ApplicationEventPublisher events) {
    this.events = events;
  }

  @ExceptionHandler(RuleViolation.class)
  ProblemDetail ruleViolation(RuleViolation e) {
    ProblemDetail problem = problem(WebConventions.statusOf(e.rule()), e);
    log.debug("refused: {}", e.getMessage());
    return problem;
  }

  @ExceptionHandler(AccessRefusedException.class)
  ResponseEntity<ProblemDetail> accessRefused(AccessRefusedException e) {
    AccessRefused refusal = e.refusal();
    events.publishEvent(refusal);
    boolean signedIn = refusal.scope().signedIn();
    ProblemDetail problem =
        problem(
            signedIn ? HttpStatus.FORBIDDEN : HttpStatus.UNAUTHORIZED,
            new RuleViolation(REFUSED, refusal.what()));
    ResponseEntity.BodyBuilder answer = ResponseEntity.status(problem.getStatus());
    if (!signedIn) {
      answer.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Cluster Atlas\"");
    }
    return answer.body(problem);
  }

  private static ProblemDetail problem(HttpStatus status, RuleViolation e) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(status, e.message(LocaleContextHolder.getLocale()));
    problem.setType(URI.create("urn:cluster-atlas:rule:" + e.rule()));
    problem.setTitle(e.rule());
    problem.setProperty("rule", e.rule());
    problem.setProperty("rejected_value", e.rejectedValue());
    return problem;
  }
}

package org.clusteratlas.web;

import java.net.URI;
import org.clusteratlas.shared.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Refused input becomes a 400 problem detail naming the rule and the rejected value. */
@RestControllerAdvice
class ProblemDetails extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemDetails.class);

  @ExceptionHandler(RuleViolation.class)
  ProblemDetail ruleViolation(RuleViolation e) {
    HttpStatus status =
        e.rule().endsWith(".unknown") ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(status, e.message(LocaleContextHolder.getLocale()));
    problem.setType(URI.create("urn:cluster-atlas:rule:" + e.rule()));
    problem.setTitle(e.rule());
    problem.setProperty("rule", e.rule());
    problem.setProperty("rejected_value", e.rejectedValue());
    log.debug("refused: {}", e.getMessage());
    return problem;
  }
}

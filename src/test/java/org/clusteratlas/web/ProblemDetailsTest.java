package org.clusteratlas.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.clusteratlas.shared.AccessRefused;
import org.clusteratlas.shared.AccessRefusedException;
import org.clusteratlas.shared.Scope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** The problem details of refused requests: the status of each kind of rule, access refusals. */
class ProblemDetailsTest {

  private final List<Object> published = new ArrayList<>();
  private final ProblemDetails problems = new ProblemDetails(published::add);

  @AfterEach
  void resetLocale() {
    LocaleContextHolder.resetLocaleContext();
  }

  @Test
  void unknown_rules_are_404_forbidden_ones_403_and_the_rest_400() {
    assertThat(WebConventions.statusOf("import.unknown")).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(WebConventions.statusOf("period.accept-forbidden")).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(WebConventions.statusOf("cluster.forbidden")).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(WebConventions.statusOf("user.region-unknown")).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(WebConventions.statusOf("period.month")).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void a_signed_in_user_asking_outside_their_scope_gets_403_and_the_refusal_is_announced() {
    LocaleContextHolder.setLocale(Locale.ENGLISH);
    AccessRefusedException e =
        new AccessRefusedException(Scope.region("nanchang", "360100"), "cluster/17/members");

    ResponseEntity<ProblemDetail> answer = problems.accessRefused(e);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(answer.getHeaders().containsHeader("WWW-Authenticate")).isFalse();
    ProblemDetail problem = answer.getBody();
    assertThat(problem.getDetail()).isEqualTo("Not within your scope: cluster/17/members");
    assertThat(problem.getProperties()).containsEntry("rule", "access.refused");
    assertThat(published).containsExactly(e.refusal());
  }

  @Test
  void a_visitor_asking_for_records_gets_401_in_chinese() {
    LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
    AccessRefusedException e = new AccessRefusedException(Scope.anonymous(), "cluster/17/members");

    ResponseEntity<ProblemDetail> answer = problems.accessRefused(e);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(answer.getHeaders().getFirst("WWW-Authenticate"))
        .isEqualTo("Basic realm=\"Cluster Atlas\"");
    assertThat(answer.getBody().getDetail()).isEqualTo("无权查看：cluster/17/members");
    assertThat(published).singleElement().isInstanceOf(AccessRefused.class);
  }
}

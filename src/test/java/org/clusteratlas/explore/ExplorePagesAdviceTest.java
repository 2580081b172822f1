package org.clusteratlas.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.clusteratlas.shared.AccessRefused;
import org.clusteratlas.shared.AccessRefusedException;
import org.clusteratlas.shared.RuleViolation;
import org.clusteratlas.shared.Scope;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.ModelAndView;

/** The pages' refusals: which status, which words, and the refusal of records published. */
class ExplorePagesAdviceTest {

  private final List<Object> published = new ArrayList<>();
  private final ExplorePagesAdvice advice = new ExplorePagesAdvice(published::add, messages());

  private static ResourceBundleMessageSource messages() {
    ResourceBundleMessageSource source = new ResourceBundleMessageSource();
    source.setBasename("i18n/messages");
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    source.setAlwaysUseMessageFormat(true);
    return source;
  }

  private static MockHttpServletRequest request() {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/clusters/7/members");
    request.setQueryString("year=2025");
    return request;
  }

  @Test
  void records_refused_to_a_signed_in_reader_are_a_403_page_and_the_refusal_is_published() {
    AccessRefusedException refused =
        new AccessRefusedException(Scope.region("officer", "360700"), "cluster/7/members/2025");

    ModelAndView page = advice.accessRefused(refused, Locale.ENGLISH, request());

    assertThat(page.getViewName()).isEqualTo("error-page");
    assertThat(page.getStatus()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(page.getModel())
        .containsEntry("status", 403)
        .containsEntry("signIn", false)
        .containsEntry("message", "These records are outside your scope.")
        .containsEntry("langZh", "/clusters/7/members?year=2025&lang=zh");
    assertThat(published)
        .containsExactly(
            new AccessRefused(Scope.region("officer", "360700"), "cluster/7/members/2025"));
  }

  @Test
  void records_refused_to_the_public_are_a_401_page_offering_to_sign_in_and_are_published() {
    AccessRefusedException refused =
        new AccessRefusedException(Scope.anonymous(), "cluster/7/members/2025");

    ModelAndView page = advice.accessRefused(refused, Locale.SIMPLIFIED_CHINESE, request());

    assertThat(page.getStatus()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(page.getModel())
        .containsEntry("signIn", true)
        .containsEntry("message", "这些记录属于保密的统计资料，登录后在授权范围内可见。");
    assertThat(published).containsExactly(refused.refusal());
  }

  @Test
  void a_rule_ending_in_unknown_is_a_404_page_and_any_other_rule_a_400_page() {
    ModelAndView unknown =
        advice.ruleViolation(
            new RuleViolation("cluster.unknown", 999), Locale.SIMPLIFIED_CHINESE, request());
    ModelAndView refused =
        advice.ruleViolation(
            new RuleViolation("explore.sort", "colour", "name"), Locale.ENGLISH, request());

    assertThat(unknown.getStatus()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(unknown.getModel()).containsEntry("message", "集群 999 不存在");
    assertThat(refused.getStatus()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getModel()).containsEntry("rule", "explore.sort");
    assertThat(published).isEmpty();
  }
}

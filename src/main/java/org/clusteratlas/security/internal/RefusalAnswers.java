package org.clusteratlas.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.clusteratlas.shared.AccessRefused;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * How the security filters answer a request they refuse: the API ({@code /api/**}) with an RFC 9457
 * problem detail in the request's language (401 with {@code WWW-Authenticate: Basic}, or 403), a
 * page with the sign-in page (or the 403 error page). Every 403 is recorded as an {@link
 * AccessRefused}.
 */
final class RefusalAnswers {

  static final String REALM = "Cluster Atlas";
  static final RequestMatcher API = PathPatternRequestMatcher.pathPattern("/api/**");

  private final MessageSource messages;
  private final LocaleResolver locales;
  private final JsonMapper json;
  private final ApplicationEventPublisher events;
  private final AuthenticationEntryPoint signInPage =
      new LoginUrlAuthenticationEntryPoint("/login");
  private final AccessDeniedHandler errorPage = new AccessDeniedHandlerImpl();

  RefusalAnswers(
      MessageSource messages,
      LocaleResolver locales,
      JsonMapper json,
      ApplicationEventPublisher events) {
    this.messages = messages;
    this.locales = locales;
    this.json = json;
    this.events = events;
  }

  /** 401 with a problem detail, whatever the path: a script's credentials were wrong. */
  AuthenticationEntryPoint unauthorized() {
    return (request, response, e) -> writeUnauthorized(request, response);
  }

  /**
   * Not signed in: 401 to the API, the sign-in page to a browser (in the language the request asked
   * for, if it did).
   */
  AuthenticationEntryPoint signInRequired() {
    return (request, response, e) -> {
      if (API.matches(request)) {
        writeUnauthorized(request, response);
        return;
      }
      String lang = langParameter(request);
      if (lang == null) {
        signInPage.commence(request, response, e);
      } else {
        response.sendRedirect(request.getContextPath() + "/login?lang=" + lang);
      }
    };
  }

  /**
   * Signed in but refused, or a change sent without its CSRF token: recorded, then 403. An API
   * request that has not signed in is answered 401 instead, as if it had reached the rules: its
   * missing CSRF token is not the point.
   */
  AccessDeniedHandler forbidden() {
    return (request, response, e) -> {
      if (API.matches(request) && SignedIn.current().isEmpty()) {
        writeUnauthorized(request, response);
        return;
      }
      String what = request.getMethod() + " " + request.getRequestURI();
      events.publishEvent(new AccessRefused(SignedIn.scope(), what));
      if (API.matches(request)) {
        write(request, response, HttpStatus.FORBIDDEN, "access.forbidden", "security.forbidden");
      } else {
        errorPage.handle(request, response, e);
      }
    };
  }

  private void writeUnauthorized(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\"");
    write(request, response, HttpStatus.UNAUTHORIZED, "access.unauthenticated", "security.sign-in");
  }

  private void write(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpStatus status,
      String rule,
      String message)
      throws IOException {
    Locale locale = locale(request);
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "urn:cluster-atlas:rule:" + rule);
    problem.put("title", rule);
    problem.put("status", status.value());
    problem.put(
        "detail",
        messages.getMessage(
            message, new Object[] {request.getMethod() + " " + request.getRequestURI()}, locale));
    problem.put("instance", request.getRequestURI());
    problem.put("rule", rule);
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    json.writeValue(response.getOutputStream(), problem);
  }

  /**
   * The language of the request: {@code ?lang=} in the query (the body is never read for it, so an
   * upload refused is not parsed), else the remembered choice, else Chinese.
   */
  private Locale locale(HttpServletRequest request) {
    String lang = langParameter(request);
    return lang != null ? Locale.forLanguageTag(lang) : locales.resolveLocale(request);
  }

  /** {@code ?lang=} of the query when it is a language tag such as {@code en}, else null. */
  private static String langParameter(HttpServletRequest request) {
    String query = request.getQueryString();
    if (query == null) {
      return null;
    }
    String lang =
        UriComponentsBuilder.newInstance().query(query).build().getQueryParams().getFirst("lang");
    return lang != null && lang.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})?") ? lang : null;
  }
}

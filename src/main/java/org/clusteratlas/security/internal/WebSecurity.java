package org.clusteratlas.security.internal;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may request what. Reading is open: the pages of the public platform and {@code GET
 * /api/v1/**} (the queries filter by the asker's scope themselves). Administration, imports and
 * findings are the province administrator's; so are changes to periods, bulletins, evaluations
 * (runs and what-ifs) and dynamic-management proposals (confirm, reject); any other change needs a
 * signed-in user. Browsers sign in on {@code /login} (a session, with CSRF protection); scripts
 * send HTTP Basic or a personal access token on every request (no session, no CSRF token). A
 * visitor who has not signed in never gets a session.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class WebSecurity {

  static final String PROVINCE_ADMIN = "PROVINCE_ADMIN";

  /** Pages and files anyone may read. */
  static final String[] PUBLIC_GET = {
    "/",
    "/clusters/**",
    "/regions/**",
    "/compare/**",
    "/bulletin/**",
    "/login",
    "/error",
    "/css/**",
    "/js/**",
    "/img/**",
    "/maps/**",
    "/webjars/**",
    "/favicon.ico",
    "/v3/api-docs/**",
    "/swagger-ui/**",
    "/swagger-ui.html",
    "/api/v1/**"
  };

  /** Where only the province administrator may change anything. */
  static final String[] ADMIN_CHANGES = {
    "/api/v1/periods/**", "/api/v1/bulletins/**", "/api/v1/evaluations/**", "/api/v1/management/**"
  };

  @Bean
  SecurityFilterChain securityFilterChain(
      HttpSecurity http,
      JdbcUserAccounts accounts,
      MessageSource messages,
      LocaleResolver locales,
      JsonMapper json,
      ApplicationEventPublisher events)
      throws Exception {
    RefusalAnswers answers = new RefusalAnswers(messages, locales, json, events);
    // a page asked for before signing in is shown after it; an API request is not remembered
    HttpSessionRequestCache pagesOnly = new HttpSessionRequestCache();
    pagesOnly.setRequestMatcher(
        new AndRequestMatcher(
            PathPatternRequestMatcher.pathPattern(HttpMethod.GET, "/**"),
            new NegatedRequestMatcher(RefusalAnswers.API)));
    http.authorizeHttpRequests(
            rules ->
                rules
                    .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.ASYNC)
                    .permitAll()
                    .requestMatchers("/admin/**")
                    .hasRole(PROVINCE_ADMIN)
                    // a city officer's import is not yet limited to the enterprises of its region
                    .requestMatchers(
                        "/imports/**",
                        "/api/v1/imports/**",
                        "/api/v1/findings/**",
                        // enterprise records, not yet filtered by scope: the province's alone
                        "/api/v1/exports/**",
                        "/api/v1/reports/**")
                    .hasRole(PROVINCE_ADMIN)
                    .requestMatchers(HttpMethod.POST, ADMIN_CHANGES)
                    .hasRole(PROVINCE_ADMIN)
                    .requestMatchers(HttpMethod.PUT, ADMIN_CHANGES)
                    .hasRole(PROVINCE_ADMIN)
                    .requestMatchers(HttpMethod.PATCH, ADMIN_CHANGES)
                    .hasRole(PROVINCE_ADMIN)
                    .requestMatchers(HttpMethod.DELETE, ADMIN_CHANGES)
                    .hasRole(PROVINCE_ADMIN)
                    .requestMatchers(HttpMethod.GET, PUBLIC_GET)
                    .permitAll()
                    .requestMatchers(HttpMethod.HEAD, PUBLIC_GET)
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .formLogin(form -> form.loginPage("/login").permitAll())
        .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/"))
        .httpBasic(
            basic ->
                basic
                    .realmName(RefusalAnswers.REALM)
                    .authenticationEntryPoint(answers.unauthorized()))
        .addFilterBefore(
            new BearerTokenFilter(accounts, answers.unauthorized()),
            BasicAuthenticationFilter.class)
        .addFilterAfter(new DisabledAccountFilter(accounts), BasicAuthenticationFilter.class)
        .csrf(
            csrf ->
                csrf.csrfTokenRepository(new SessionCsrfTokens())
                    .ignoringRequestMatchers(WebSecurity::fromAScript))
        .exceptionHandling(
            refusals ->
                refusals
                    .authenticationEntryPoint(answers.signInRequired())
                    .accessDeniedHandler(answers.forbidden()))
        .requestCache(cache -> cache.requestCache(pagesOnly));
    return http.build();
  }

  /**
   * A request that signs itself in with an {@code Authorization} header needs no CSRF token: a
   * script's. A browser's cross-site request is not let off, even when the browser adds Basic
   * credentials it remembers ({@code Sec-Fetch-Site} names where a browser's request comes from;
   * scripts do not send it).
   */
  static boolean fromAScript(HttpServletRequest request) {
    if (request.getHeader(HttpHeaders.AUTHORIZATION) == null) {
      return false;
    }
    String site = request.getHeader("Sec-Fetch-Site");
    return site == null || "same-origin".equals(site) || "none".equals(site);
  }
}

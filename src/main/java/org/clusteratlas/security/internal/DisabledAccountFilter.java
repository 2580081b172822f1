package org.clusteratlas.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends the session of a user who signed in on the sign-in page and has been disabled since: the
 * request goes on signed out. A request that signs in itself (Basic, a token) is checked as it
 * signs in, and a visitor has nothing to check, so only sessions cost a query.
 */
final class DisabledAccountFilter extends OncePerRequestFilter {

  private final JdbcUserAccounts accounts;

  DisabledAccountFilter(JdbcUserAccounts accounts) {
    this.accounts = accounts;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpSession session = request.getSession(false);
    if (session != null && request.getHeader(HttpHeaders.AUTHORIZATION) == null) {
      Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
      if (authentication != null
          && authentication.getPrincipal() instanceof AccountDetails details
          && !accounts.isEnabled(details.getUsername())) {
        SecurityContextHolder.clearContext();
        session.invalidate();
      }
    }
    chain.doFilter(request, response);
  }
}

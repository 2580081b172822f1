package org.clusteratlas.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * CSRF tokens kept in the HTTP session, which is never created just to keep one for a change that
 * came without a session: such a request is refused whatever token it sent, and a script that posts
 * without signing in should get its 401 without a session cookie.
 */
final class SessionCsrfTokens implements CsrfTokenRepository {

  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  private final HttpSessionCsrfTokenRepository sessions = new HttpSessionCsrfTokenRepository();

  @Override
  public CsrfToken generateToken(HttpServletRequest request) {
    return sessions.generateToken(request);
  }

  @Override
  public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
    if (token != null && request.getSession(false) == null && !SAFE.contains(request.getMethod())) {
      return;
    }
    sessions.saveToken(token, request, response);
  }

  @Override
  public CsrfToken loadToken(HttpServletRequest request) {
    return sessions.loadToken(request);
  }
}

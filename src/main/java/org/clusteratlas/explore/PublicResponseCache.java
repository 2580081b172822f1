package org.clusteratlas.explore;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.clusteratlas.web.WebConventions;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Keeps the public's answers: a visitor who has not signed in gets the same page or JSON as every
 * other visitor for the same address, language and data, so it is made once per {@link
 * Explorer#snapshotKey() state of the data} and served from memory after that. Signed-in readers,
 * whose answers depend on their scope, are never served from here; nor is an answer that sets a
 * cookie or is not 200. Runs after the security filters, which decide who is asking.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 10)
class PublicResponseCache extends OncePerRequestFilter {

  /** The readers' pages and API whose answers depend only on address, language and data. */
  private static final Pattern CACHED =
      Pattern.compile(
          "^/($|clusters(/\\d+)?$|regions/\\d{6}$|compare$|bulletin(/\\d{4}(/figures/[a-z0-9_]+)?)?$"
              + "|api/v1/(clusters(/\\d+)?|dashboard|compare|regions/\\d{6}"
              + "|bulletins/\\d{4}/figures/[a-z0-9_]+)$)");

  private static final int MAX_BODY = 2 * 1024 * 1024;

  private final Explorer explorer;
  private final FigureCache cache;
  private final AuthenticationTrustResolverImpl trust = new AuthenticationTrustResolverImpl();

  PublicResponseCache(Explorer explorer, FigureCache cache) {
    this.explorer = explorer;
    this.cache = cache;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"GET".equals(request.getMethod())
        || request.getParameter("lang") != null
        || !CACHED.matcher(request.getRequestURI()).matches();
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication who = SecurityContextHolder.getContext().getAuthentication();
    if (who != null && !trust.isAnonymous(who)) {
      chain.doFilter(request, response);
      return;
    }
    List<Object> key =
        List.of(
            "response",
            request.getRequestURI(),
            String.valueOf(request.getQueryString()),
            language(request),
            String.valueOf(request.getHeader(HttpHeaders.ACCEPT)),
            explorer.snapshotKey());
    Cached hit = cache.peek(key);
    if (hit != null) {
      boolean gzip = acceptsGzip(request);
      byte[] body = gzip ? hit.gzipped() : hit.body();
      response.setStatus(200);
      response.setContentType(hit.contentType());
      response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
      if (gzip) {
        response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
      }
      response.setContentLength(body.length);
      response.getOutputStream().write(body);
      return;
    }
    ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, wrapper);
    byte[] body = wrapper.getContentAsByteArray();
    if (wrapper.getStatus() == 200
        && wrapper.getHeader(HttpHeaders.SET_COOKIE) == null
        && wrapper.getContentType() != null
        && body.length <= MAX_BODY
        && request.getSession(false) == null) {
      cache.put(key, new Cached(wrapper.getContentType(), body, gzip(body)));
    }
    wrapper.copyBodyToResponse();
  }

  private static String language(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie c : cookies) {
        if (c.getName().equals(WebConventions.LANGUAGE_COOKIE)) {
          return c.getValue();
        }
      }
    }
    return "";
  }

  /** Whether the client takes a gzip body, as every browser does. */
  private static boolean acceptsGzip(HttpServletRequest request) {
    String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
    return accepted != null && accepted.contains("gzip");
  }

  private static byte[] gzip(byte[] body) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
    try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
      zip.write(body);
    }
    return out.toByteArray();
  }

  /** An answer kept as made and compressed once, for clients that take gzip. */
  record Cached(String contentType, byte[] body, byte[] gzipped) {}
}

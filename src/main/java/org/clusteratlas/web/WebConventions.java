package org.clusteratlas.web;

import org.springframework.http.HttpStatus;

/**
 * What every web answer of the platform agrees on, pages and API alike: the HTTP status of a
 * refused rule and the cookie that keeps the reader's language.
 */
public final class WebConventions {

  /** The cookie in which {@code ?lang=zh|en} is kept. */
  public static final String LANGUAGE_COOKIE = "atlas-lang";

  private WebConventions() {}

  /**
   * The status of a request refused by {@code rule}: 404 for a rule ending in {@code .unknown}, 403
   * for one ending in {@code .forbidden} or {@code -forbidden}, else 400.
   */
  public static HttpStatus statusOf(String rule) {
    if (rule.endsWith(".unknown")) {
      return HttpStatus.NOT_FOUND;
    }
    if (rule.endsWith(".forbidden") || rule.endsWith("-forbidden")) {
      return HttpStatus.FORBIDDEN;
    }
    return HttpStatus.BAD_REQUEST;
  }
}

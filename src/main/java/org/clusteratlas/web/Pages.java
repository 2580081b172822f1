package org.clusteratlas.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the pages of every feature module share beyond the layout's fragments: the language switch
 * of the address being shown and the error page ({@code error-page.html}), so that a refusal looks
 * the same whichever module's page refused.
 */
public final class Pages {

  private Pages() {}

  /** The layout's language switch: the reader's language and this address in each language. */
  public static void layout(Model model, Locale locale, HttpServletRequest request) {
    model.addAttribute("lang", locale.getLanguage());
    model.addAttribute("langZh", withLanguage(request, "zh"));
    model.addAttribute("langEn", withLanguage(request, "en"));
  }

  /** The address of this request in another language: the same path and query, {@code lang} set. */
  public static String withLanguage(HttpServletRequest request, String language) {
    return UriComponentsBuilder.fromPath(request.getRequestURI())
        .query(request.getQueryString())
        .replaceQueryParam("lang", language)
        .build()
        .toUriString();
  }

  /**
   * The error page: the status, the message in the reader's language, the rule that refused (or
   * null) and, for a visitor who has not signed in, a link to sign in.
   */
  public static ModelAndView error(
      HttpStatus status,
      String message,
      String rule,
      boolean signIn,
      Locale locale,
      HttpServletRequest request) {
    ModelAndView page = new ModelAndView("error-page");
    page.setStatus(status);
    page.addObject("status", status.value());
    page.addObject("message", message);
    page.addObject("rule", rule);
    page.addObject("signIn", signIn);
    page.addObject("lang", locale.getLanguage());
    page.addObject("langZh", withLanguage(request, "zh"));
    page.addObject("langEn", withLanguage(request, "en"));
    return page;
  }
}

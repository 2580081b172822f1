package org.clusteratlas.eligibility;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Writes a {@link Reason} as a sentence in the reader's language, from the message bundles. */
@Component
class Reasons {

  private final MessageSource messages;

  Reasons(MessageSource messages) {
    this.messages = messages;
  }

  String text(Reason reason, Locale locale) {
    return messages.getMessage(reason.key(), args(reason, locale).toArray(), locale);
  }

  /** The arguments as the sentence quotes them: terms and names in the reader's language. */
  List<String> args(Reason reason, Locale locale) {
    return reason.args().stream().map(a -> arg(a, locale)).toList();
  }

  String term(String key, Locale locale) {
    return messages.getMessage(key, null, locale);
  }

  private String arg(Object arg, Locale locale) {
    if (arg instanceof Reason.Term t) {
      return messages.getMessage(t.key(), null, locale);
    }
    if (arg instanceof Reason.Named n) {
      return "en".equals(locale.getLanguage()) ? n.en() : n.zh();
    }
    return String.valueOf(arg);
  }
}

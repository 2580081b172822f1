package org.clusteratlas.spreadsheet;

import java.util.List;
import java.util.Locale;
import org.clusteratlas.shared.RuleViolation;

/**
 * Something the reader did that the person who uploaded the file should know, though the file was
 * accepted: macros not run, external links not followed, another worksheet read than the one
 * preferred.
 *
 * @param id the notice's id, a key of the rules bundle, e.g. {@code file.macros-ignored}
 * @param arguments the message's arguments: the file name first
 */
public record SheetNotice(String id, List<String> arguments) {

  public SheetNotice {
    arguments = List.copyOf(arguments);
  }

  /** The notice in {@code locale}, Chinese unless English is asked for. */
  public String message(Locale locale) {
    // the rules bundle holds the text, formatted exactly as a refusal's would be
    if (arguments.isEmpty()) {
      return new RuleViolation(id, "").message(locale);
    }
    Object[] rest = arguments.subList(1, arguments.size()).toArray();
    return new RuleViolation(id, arguments.get(0), rest).message(locale);
  }
}

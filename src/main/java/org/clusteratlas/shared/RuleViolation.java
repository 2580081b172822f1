package org.clusteratlas.shared;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Domain input refused by a named rule. The message names the rule and the rejected value; it comes
 * from the {@code i18n/rules} bundle (Chinese by default, English on request, never the JVM's
 * default locale), keyed by the rule id, with the rejected value as argument {0} and further
 * arguments after it, each written as plain text (no digit grouping).
 */
public class RuleViolation extends RuntimeException {

  private static final Locale DEFAULT_LOCALE = Locale.SIMPLIFIED_CHINESE;

  private final String rule;
  private final String rejectedValue;
  private final Object[] arguments;

  public RuleViolation(String rule, Object rejectedValue, Object... arguments) {
    super(rule);
    this.rule = rule;
    this.rejectedValue = String.valueOf(rejectedValue);
    this.arguments = arguments.clone();
  }

  /** The rule's id, e.g. {@code credit-code.check-character}. */
  public String rule() {
    return rule;
  }

  public String rejectedValue() {
    return rejectedValue;
  }

  /** The further arguments of the message, as plain text. */
  public String[] argumentsAsText() {
    String[] text = new String[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      text[i] = plain(arguments[i]);
    }
    return text;
  }

  private static String plain(Object argument) {
    return argument instanceof java.math.BigDecimal decimal
        ? decimal.toPlainString()
        : String.valueOf(argument);
  }

  /** The message in {@code locale}, e.g. Chinese for {@code zh}, English for {@code en}. */
  public String message(Locale locale) {
    // every value as plain text: MessageFormat would write the year 2000 as "2,000"
    Object[] all = new Object[arguments.length + 1];
    all[0] = rejectedValue;
    for (int i = 0; i < arguments.length; i++) {
      all[i + 1] = plain(arguments[i]);
    }
    try {
      ResourceBundle bundle =
          ResourceBundle.getBundle(
              "i18n/rules",
              locale,
              ResourceBundle.Control.getNoFallbackControl(
                  ResourceBundle.Control.FORMAT_PROPERTIES));
      return new MessageFormat(bundle.getString(rule), locale).format(all);
    } catch (MissingResourceException e) {
      return rule + ": " + Arrays.toString(all);
    }
  }

  @Override
  public String getMessage() {
    return message(DEFAULT_LOCALE) + " [" + rule + "]";
  }
}

package org.clusteratlas.eligibility;

import java.util.List;
import java.util.Objects;

/**
 * Why a criterion gave its verdict: a message key of the {@code i18n/messages} bundle ({@code
 * eligibility.reason.…}) and its arguments — the measured value and the threshold as plain text
 * (amounts in 亿元 and percentages to one decimal), a {@link Term} (another message key, such as a
 * designation's name) or a {@link Named} thing with its Chinese and English names. {@link Reasons}
 * turns it into a sentence in the reader's language.
 */
public record Reason(String key, List<Object> args) {

  public Reason {
    Objects.requireNonNull(key, "key");
    args = List.copyOf(args);
  }

  static Reason of(String key, Object... args) {
    return new Reason("eligibility.reason." + key, List.of(args));
  }

  /** An argument that is itself a message key, rendered in the reader's language. */
  public record Term(String key) {}

  /** An argument with a Chinese and an English name (an industry division, a chain). */
  public record Named(String zh, String en) {}
}

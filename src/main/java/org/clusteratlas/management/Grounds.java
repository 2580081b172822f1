package org.clusteratlas.management;

import java.util.List;
import java.util.Objects;

/**
 * Why a proposal was made: a message key of {@code i18n/messages} ({@code management.grounds.*})
 * and its arguments as text. An argument {@code grade:fail}, {@code tier:over_10bn} or {@code
 * direction:up} is a code that the page and the API show in the reader's language.
 */
public record Grounds(String key, List<String> arguments) {

  public Grounds {
    Objects.requireNonNull(key, "key");
    arguments = List.copyOf(arguments);
  }

  static Grounds of(String key, Object... arguments) {
    return new Grounds(key, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
  }
}

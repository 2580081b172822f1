package org.clusteratlas.eligibility;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The shipped criteria versions ({@code eligibility/criteria-*.json}), read and checked once at
 * start: a malformed file stops the application with its refusal rather than giving wrong verdicts
 * later.
 */
@Component
class CriteriaCatalogue {

  private final List<Criteria> versions;

  CriteriaCatalogue() {
    this.versions = load();
  }

  /**
   * The criteria that apply to {@code year}: the newest version applying from it or earlier; for a
   * year before every version, the oldest (the platform has no older criteria to offer).
   */
  Criteria forYear(int year) {
    return versions.stream()
        .filter(c -> c.appliesFrom() <= year)
        .reduce((a, b) -> b)
        .orElse(versions.get(0));
  }

  private static List<Criteria> load() {
    List<Criteria> read = new ArrayList<>();
    try {
      Resource[] files =
          new PathMatchingResourcePatternResolver()
              .getResources("classpath*:eligibility/criteria-*.json");
      for (Resource file : files) {
        try (InputStream in = file.getInputStream()) {
          read.add(
              Criteria.parse(
                  file.getFilename(), new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (read.isEmpty()) {
      throw new IllegalStateException("no eligibility criteria in the jar");
    }
    read.sort(Comparator.comparingInt(Criteria::appliesFrom));
    return List.copyOf(read);
  }
}

package org.clusteratlas.explore;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Results of the read models kept by their inputs, the data version among them: a new version is a
 * new key, so nothing here is ever stale, only unused. Keeps at most {@value #MAX_ENTRIES} results
 * and starts afresh beyond that (keys of old versions are never asked for again).
 */
@Component
class FigureCache {

  private static final int MAX_ENTRIES = 2048;

  private final Map<List<Object>, Object> entries = new ConcurrentHashMap<>();

  /** The value kept under {@code key}, or null. */
  @SuppressWarnings("unchecked")
  <T> T peek(List<Object> key) {
    return (T) entries.get(key);
  }

  void put(List<Object> key, Object value) {
    if (entries.size() >= MAX_ENTRIES) {
      entries.clear();
    }
    entries.put(key, value);
  }

  @SuppressWarnings("unchecked")
  <T> T get(List<Object> key, Supplier<T> compute) {
    Object found = entries.get(key);
    if (found != null) {
      return (T) found;
    }
    T value = compute.get();
    put(key, value);
    return value;
  }
}

package org.clusteratlas.explore;

import java.util.List;

/**
 * One page of a longer list.
 *
 * @param page the page number, from 1
 * @param total how many items match, on every page
 */
public record ResultPage<T>(List<T> items, int page, int size, long total) {

  public ResultPage {
    items = List.copyOf(items);
  }

  public int pages() {
    return total == 0 ? 1 : (int) ((total + size - 1) / size);
  }

  public boolean hasNext() {
    return page < pages();
  }

  public boolean hasPrevious() {
    return page > 1;
  }
}

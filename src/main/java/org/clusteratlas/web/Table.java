package org.clusteratlas.web;

import java.util.ArrayList;
import java.util.List;

/**
 * A table as shown on a page and as downloaded: its columns, by message key ({@code col.*}), and
 * its rows. The page and the file are made from the same {@code Table}, so they cannot disagree.
 *
 * @param name the file's base name and the sheet's, e.g. {@code clusters-2025}
 */
public record Table(String name, List<Col> columns, List<List<Object>> rows) {

  public Table {
    columns = List.copyOf(columns);
    rows = rows.stream().map(r -> (List<Object>) new ArrayList<>(r)).toList();
  }

  /** A column: its message key and whether its values are numbers. */
  public record Col(String key, boolean number) {}
}

package org.clusteratlas.export;

import java.util.List;

/**
 * One export's columns and rows, kept side by side so that a header and its values cannot drift
 * apart. One implementation per {@link ExportKind}.
 */
interface ExportTable {

  ExportKind kind();

  /** The columns in file order: those the data dictionary promises first, extras after them. */
  List<Column> columns();

  /**
   * Writes every row to {@code out}; {@code year} is null only for kinds that need none.
   * Implementations read through the owning module's streaming reads where a table may be large.
   */
  void rows(Integer year, CsvExportWriter out);
}

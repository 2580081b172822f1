package org.clusteratlas.export;

import java.io.OutputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes an export as CSV; the one entry point of the command and the API. */
@Service
public class DataExport {

  private final Map<ExportKind, ExportTable> tables = new EnumMap<>(ExportKind.class);

  DataExport(List<ExportTable> tables) {
    tables.forEach(t -> this.tables.put(t.kind(), t));
    for (ExportKind kind : ExportKind.values()) {
      if (!this.tables.containsKey(kind)) {
        throw new IllegalStateException("no table for export " + kind.code());
      }
    }
  }

  /**
   * Writes the export to {@code out}, which stays open, and returns the number of rows below the
   * header. One read-only transaction covers the whole file: it makes every row a view of the same
   * moment, and PostgreSQL streams large results only inside a transaction.
   */
  @Transactional(readOnly = true)
  public long write(ExportRequest request, OutputStream out) {
    ExportTable table = tables.get(request.what());
    CsvExportWriter csv = CsvExportWriter.start(out, table.columns());
    table.rows(request.year(), csv);
    return csv.finish();
  }
}

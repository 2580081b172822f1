package org.clusteratlas.web;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.clusteratlas.shared.RuleViolation;
import org.clusteratlas.spreadsheet.Column;
import org.clusteratlas.spreadsheet.CsvTableWriter;
import org.clusteratlas.spreadsheet.TableWriter;
import org.clusteratlas.spreadsheet.XlsxTableWriter;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** A {@link Table} as a CSV (UTF-8) or XLSX download, with headers in the reader's language. */
@Component
public class TableFiles {

  private static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final MessageSource messages;

  TableFiles(MessageSource messages) {
    this.messages = messages;
  }

  /** {@code table} as a download; {@code format} is {@code csv} (the default) or {@code xlsx}. */
  public ResponseEntity<StreamingResponseBody> download(Table table, String format, Locale locale) {
    boolean xlsx =
        switch (format == null ? "csv" : format) {
          case "csv" -> false;
          case "xlsx" -> true;
          default -> throw new RuleViolation("explore.format", format);
        };
    List<Column> columns =
        table.columns().stream()
            .map(
                c -> {
                  String label = messages.getMessage(c.key(), null, locale);
                  return c.number() ? Column.number(label) : Column.text(label);
                })
            .toList();
    StreamingResponseBody body =
        out -> {
          try (TableWriter writer = writer(out, xlsx)) {
            writer.sheet(table.name(), columns);
            for (List<Object> row : table.rows()) {
              writer.row(row.toArray());
            }
          }
        };
    return ResponseEntity.ok()
        .contentType(
            xlsx ? XLSX : new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(table.name() + (xlsx ? ".xlsx" : ".csv"))
                .build()
                .toString())
        .body(body);
  }

  private static TableWriter writer(OutputStream out, boolean xlsx) {
    return xlsx ? XlsxTableWriter.to(out) : CsvTableWriter.to(out);
  }
}

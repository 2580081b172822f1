package org.clusteratlas.export;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code GET /api/v1/exports/{what}?year=Y}: the export as a CSV download. The request is checked
 * before the response starts, so refused input is a 400 problem detail rather than a broken file;
 * the rows then stream to the client as they are read.
 */
@RestController
@RequestMapping("/api/v1/exports")
class ExportController {

  private static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  private final DataExport exports;

  ExportController(DataExport exports) {
    this.exports = exports;
  }

  @GetMapping("/{what}")
  ResponseEntity<StreamingResponseBody> export(
      @PathVariable String what, @RequestParam(required = false) Integer year) {
    ExportRequest request = ExportRequest.of(what, year);
    return ResponseEntity.ok()
        .contentType(TEXT_CSV)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(request.fileName()).build().toString())
        .body(out -> exports.write(request, out));
  }
}

package org.clusteratlas.collection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.clusteratlas.shared.Actor;
import org.clusteratlas.shared.RuleViolation;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Imports over HTTP. {@code POST /api/v1/imports} (multipart {@code file}, optional {@code reason})
 * answers 202 with the import's id and a {@code Location} to follow it by; with {@code wait=true}
 * it answers when the import has ended, with the report. The file is sent by the signed-in user
 * (the {@link Actor} parameter, resolved by the security module).
 */
@RestController
@RequestMapping("/api/v1/imports")
class ImportController {

  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

  private final ImportService imports;

  ImportController(ImportService imports) {
    this.imports = imports;
  }

  /** The state of an import: its progress and, once it has ended, its report. */
  record ImportState(ImportProgress progress, int percent, ImportReport report) {}

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<ImportState> upload(
      @RequestParam("file") MultipartFile file,
      @RequestParam(name = "reason", required = false) String reason,
      @RequestParam(name = "wait", defaultValue = "false") boolean wait,
      Actor actor) {
    if (file.isEmpty()) {
      throw new RuleViolation("file.empty", file.getOriginalFilename());
    }
    Path received;
    try {
      received = Files.createTempFile("atlas-import-", ".upload");
      file.transferTo(received);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
    ImportRequest request = new ImportRequest(received, name, actor, reason);
    Locale locale = LocaleContextHolder.getLocale();
    if (wait) {
      try {
        ImportReport report = imports.run(request, p -> {}, locale);
        return ResponseEntity.ok(state(report.id(), locale));
      } finally {
        deleteQuietly(received);
      }
    }
    long id = imports.submit(request);
    return ResponseEntity.accepted()
        .location(URI.create("/api/v1/imports/" + id))
        .body(state(id, locale));
  }

  @GetMapping("/{id}")
  ImportState state(@PathVariable long id) {
    return state(id, LocaleContextHolder.getLocale());
  }

  private ImportState state(long id, Locale locale) {
    ImportProgress progress =
        imports.progress(id).orElseThrow(() -> new RuleViolation("import.unknown", id));
    ImportReport report =
        "done".equals(progress.phase()) ? imports.report(id, locale).orElse(null) : null;
    return new ImportState(progress, progress.percent(), report);
  }

  @GetMapping("/{id}/problems.{format:csv|xlsx}")
  ResponseEntity<StreamingResponseBody> problems(
      @PathVariable long id, @PathVariable String format) {
    Locale locale = LocaleContextHolder.getLocale();
    imports.progress(id).orElseThrow(() -> new RuleViolation("import.unknown", id));
    return download(
        "import-" + id + "-problems." + format,
        format,
        out -> imports.writeProblems(id, format, out, locale));
  }

  @GetMapping("/template.{format:csv|xlsx}")
  ResponseEntity<StreamingResponseBody> template(@PathVariable String format) {
    Locale locale = LocaleContextHolder.getLocale();
    return download("报表模板." + format, format, out -> imports.writeTemplate(format, out, locale));
  }

  @GetMapping("/rules")
  List<ImportService.RuleDescription> rules() {
    return imports.rules(LocaleContextHolder.getLocale());
  }

  private static ResponseEntity<StreamingResponseBody> download(
      String fileName, String format, StreamingResponseBody body) {
    return ResponseEntity.ok()
        .contentType("xlsx".equals(format) ? XLSX : CSV)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(fileName, java.nio.charset.StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(body);
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // a temporary file left behind is harmless; the import's outcome is what matters
    }
  }
}

package org.clusteratlas.collection.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.clusteratlas.collection.EditRule;
import org.clusteratlas.collection.ImportProgress;
import org.clusteratlas.collection.ImportReport;
import org.clusteratlas.collection.ImportRequest;
import org.clusteratlas.collection.ImportService;
import org.clusteratlas.collection.ImportStatus;
import org.clusteratlas.shared.RuleViolation;
import org.clusteratlas.storage.StorageProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

@Service
class DefaultImportService implements ImportService, DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(DefaultImportService.class);

  private final ImportEnvironment env;
  private final ImportLog importLog;
  private final ImportFiles files;
  private final Path keeping;
  private final Map<Long, ImportProgress> running = new ConcurrentHashMap<>();
  // imports wait for each other anyway (one at a time in the database): one thread is enough
  private final ExecutorService background =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "import");
            t.setDaemon(true);
            return t;
          });

  DefaultImportService(
      ImportEnvironment env, ImportLog importLog, ImportFiles files, StorageProperties storage) {
    this.env = env;
    this.importLog = importLog;
    this.files = files;
    this.keeping = storage.dataDir().resolve("imports");
  }

  @EventListener(ApplicationReadyEvent.class)
  void markInterrupted() {
    int n = importLog.markInterrupted();
    if (n > 0) {
      log.warn("{} 个导入在上次运行中断，未写入任何数据 / imports interrupted, nothing stored", n);
    }
    // uploads kept for imports of a process that was stopped before they ended
    if (Files.isDirectory(keeping)) {
      try (var left = Files.newDirectoryStream(keeping, "upload-*.part")) {
        for (Path file : left) {
          Files.deleteIfExists(file);
        }
      } catch (IOException e) {
        log.warn("未能清理 {} / could not clear the kept uploads", keeping, e);
      }
    }
  }

  @Override
  public ImportReport run(ImportRequest request, Consumer<ImportProgress> progress, Locale locale) {
    long id = start(request);
    // the batch is recorded: the caller learns its id before the file is read
    progress.accept(running.get(id));
    execute(id, request, progress);
    return report(id, locale).orElseThrow();
  }

  @Override
  public long submit(ImportRequest request) {
    Path kept;
    try {
      Files.createDirectories(keeping);
      kept = Files.createTempFile(keeping, "upload-", ".part");
      Files.move(request.file(), kept, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the uploaded file", e);
    }
    ImportRequest keptRequest =
        new ImportRequest(kept, request.fileName(), request.actor(), request.reason());
    long id;
    try {
      id = start(keptRequest);
    } catch (RuntimeException e) {
      deleteQuietly(kept);
      throw e;
    }
    background.execute(
        () -> {
          try {
            execute(id, keptRequest, p -> {});
          } finally {
            deleteQuietly(kept);
          }
        });
    return id;
  }

  private long start(ImportRequest request) {
    String sha256;
    long bytes;
    try (InputStream in =
        new DigestInputStream(
            Files.newInputStream(request.file()), MessageDigest.getInstance("SHA-256"))) {
      bytes = in.transferTo(OutputStream.nullOutputStream());
      sha256 = HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    } catch (IOException e) {
      throw new RuleViolation("file.unreadable", request.fileName(), e.getMessage());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    long id = importLog.start(request, sha256, bytes);
    running.put(id, new ImportProgress(id, "reading", 0, 0, bytes, ImportStatus.RUNNING));
    return id;
  }

  private void execute(long id, ImportRequest request, Consumer<ImportProgress> progress) {
    try {
      ImportRun run =
          new ImportRun(
              env,
              request,
              id,
              p -> {
                ImportProgress now =
                    new ImportProgress(
                        id,
                        p.phase(),
                        p.rowsRead(),
                        p.bytesRead(),
                        p.totalBytes(),
                        ImportStatus.RUNNING);
                running.put(id, now);
                progress.accept(now);
              });
      ImportRun.Outcome outcome = run.run();
      if (outcome.status() != ImportStatus.APPLIED) {
        importLog.finishNotApplied(id, outcome);
      }
      log.info(
          "导入 #{} {}：{} / import #{} {}",
          id,
          outcome.status().id(),
          outcome.counts(),
          id,
          request.fileName());
    } catch (RuntimeException e) {
      importLog.failed(id);
      log.error("导入 #{} 内部错误 / import #{} failed", id, id, e);
      throw e;
    } finally {
      running.remove(id);
      progress.accept(progress(id).orElseThrow());
    }
  }

  @Override
  public Optional<ImportProgress> progress(long id) {
    ImportProgress now = running.get(id);
    if (now != null) {
      return Optional.of(now);
    }
    return importLog
        .batch(id)
        .map(
            b ->
                new ImportProgress(
                    id,
                    b.status() == ImportStatus.RUNNING ? "reading" : "done",
                    b.counts().read(),
                    0,
                    0,
                    b.status()));
  }

  @Override
  public Optional<ImportReport> report(long id, Locale locale) {
    return importLog
        .batch(id)
        .map(
            b ->
                new ImportReport(
                    b.id(),
                    b.fileName(),
                    b.format(),
                    b.encoding(),
                    b.status(),
                    b.counts(),
                    b.problemsTotal(),
                    importLog.problems(id).stream().map(f -> f.toProblem(locale)).toList(),
                    b.dataVersion(),
                    b.ruleCatalogue(),
                    b.startedAt(),
                    b.finishedAt(),
                    b.notices().stream().map(n -> n.message(locale)).toList()));
  }

  @Override
  public void writeProblems(long id, String format, OutputStream out, Locale locale) {
    ImportReport report =
        report(id, locale).orElseThrow(() -> new RuleViolation("import.unknown", id));
    files.writeProblems(report, format, out, locale);
  }

  @Override
  public void writeTemplate(String format, OutputStream out, Locale locale) {
    files.writeTemplate(env.reports().catalogue(), format, out, locale);
  }

  @Override
  public List<RuleDescription> rules(Locale locale) {
    return java.util.Arrays.stream(EditRule.values())
        .map(
            r ->
                new RuleDescription(
                    r.id(),
                    r.tier(),
                    r.missingId(),
                    new RuleViolation(r.id(), "…", "…", "…", "…").message(locale)))
        .toList();
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      log.warn("导入文件未能删除 / could not delete the imported file {}", file, e);
    }
  }

  @Override
  public void destroy() {
    background.shutdownNow();
  }
}

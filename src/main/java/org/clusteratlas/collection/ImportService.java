package org.clusteratlas.collection;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/** Imports files of enterprise reports and answers for them afterwards. */
public interface ImportService {

  /**
   * Imports a file now, in the caller's thread, reporting progress as it goes (first as soon as the
   * import is recorded, so that the caller knows its id before the file is read); the report's
   * messages are in {@code locale}.
   */
  ImportReport run(ImportRequest request, Consumer<ImportProgress> progress, Locale locale);

  /**
   * Starts an import in the background and returns its id at once; follow it with {@link #progress}
   * and {@link #report}. The file is moved into the platform's own keeping first, and deleted when
   * the import has ended.
   */
  long submit(ImportRequest request);

  /** How far the import is, while it runs and after it ended. */
  Optional<ImportProgress> progress(long id);

  /** The import's report (problems in {@code locale}), once it has ended. */
  Optional<ImportReport> report(long id, Locale locale);

  /**
   * Writes the import's problems as {@code csv} (UTF-8 with BOM) or {@code xlsx}, cells made safe
   * for Excel.
   */
  void writeProblems(long id, String format, OutputStream out, Locale locale);

  /**
   * Writes the template to fill in, as {@code xlsx} (with an instructions sheet) or {@code csv}.
   */
  void writeTemplate(String format, OutputStream out, Locale locale);

  /** The catalogue of edit checks, with messages in {@code locale}. */
  List<RuleDescription> rules(Locale locale);

  /** One rule of the catalogue as users read it. */
  record RuleDescription(String id, Tier tier, String missing, String message) {}
}

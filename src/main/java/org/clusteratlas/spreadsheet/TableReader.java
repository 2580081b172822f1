package org.clusteratlas.spreadsheet;

import java.util.List;

/**
 * The rows of one uploaded table, CSV or a workbook's worksheet, read one at a time. Opened by
 * {@link SpreadsheetFiles#open}; the header has been read by then. Not thread-safe.
 */
public interface TableReader extends AutoCloseable {

  /** {@code csv} or {@code xlsx}. */
  String format();

  /**
   * The CSV file's character encoding ({@code UTF-8}, {@code GB18030}, {@code UTF-16LE}, {@code
   * UTF-16BE}); {@code xlsx} for a workbook, whose XML parts declare their own.
   */
  String encoding();

  /** The worksheet read, "" for CSV. */
  String sheetName();

  /**
   * The header: the first row that is not blank (normally row 1), each cell stripped of surrounding
   * blanks and of a byte-order mark.
   */
  List<String> header();

  /**
   * The row number of the header as a spreadsheet shows it: 1, unless blank rows come before it.
   */
  default int headerRow() {
    return 1;
  }

  /**
   * The next data row that is not blank (rows whose cells are all blank are skipped, their numbers
   * are not reused), or null after the last.
   *
   * @throws org.clusteratlas.shared.RuleViolation when the file turns out to break a rule as it is
   *     read: {@code file.too-many-rows}, {@code file.zip-bomb}, {@code file.xlsx-corrupt}, {@code
   *     file.csv-malformed}, {@code file.row-too-long}, {@code file.encoding-unknown}
   */
  SheetRow next();

  /** How far reading has got, in the unit of {@link #totalBytes()}: for a progress bar. */
  long bytesRead();

  /**
   * The size {@link #bytesRead()} runs up to: the file's size for CSV, the worksheet's inflated
   * size for a workbook; -1 if the workbook does not say.
   */
  long totalBytes();

  /** What the reader did that the uploader should know, e.g. macros present and not run. */
  List<SheetNotice> notices();

  /** Releases the file; a reader may be closed more than once. */
  @Override
  void close();
}
